"use client";

import { useRouter } from "next/navigation";
import { type ChangeEvent, useEffect, useRef } from "react";
import { formHref } from "@/lib/view/form-href";
import styles from "./search-form.module.css";

const DEBOUNCE_MS = 300;

interface SearchInputProps {
  q: string;
}

export function SearchInput({ q }: SearchInputProps) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => () => clearTimeout(timer.current), []);
  // Back/forward and links change q from outside; follow them unless the user is typing.
  useEffect(() => {
    if (input.current && document.activeElement !== input.current) input.current.value = q;
  }, [q]);

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const form = event.currentTarget.form;
    clearTimeout(timer.current);
    if (!form) return;
    // Typing replaces the history entry (no entry per keystroke); the page resets to 1 via the form.
    timer.current = setTimeout(() => router.replace(formHref(form), { scroll: false }), DEBOUNCE_MS);
  }

  function onSubmit(event: React.MouseEvent<HTMLButtonElement>) {
    const form = event.currentTarget.form;
    if (!form) return;
    event.preventDefault();
    clearTimeout(timer.current);
    router.push(formHref(form), { scroll: false });
  }

  return (
    <div className={`kern-form-input ${styles.field}`}>
      <label className="kern-label" htmlFor="q">
        Suche
      </label>
      <div className={styles.row}>
        <input
          ref={input}
          id="q"
          name="q"
          type="search"
          className="kern-form-input__input"
          defaultValue={q}
          onChange={onChange}
          aria-describedby="q-hinweis"
          autoComplete="off"
        />
        <button type="submit" className="kern-btn kern-btn--primary" onClick={onSubmit}>
          <span className="kern-icon kern-icon--search" aria-hidden="true" />
          <span className="kern-label">Suchen</span>
        </button>
      </div>
      <div className={`kern-hint ${styles.hint}`} id="q-hinweis">
        In OZG-ID, Leistung, Lebenslage, LeiKa-Schlüssel, Rechtsgrundlagen und Bemerkung; alle Wörter müssen vorkommen.
      </div>
    </div>
  );
}

"use client";

import { useEffect, useId, useState } from "react";
import { foldForSearch } from "@/lib/fold";
import type { FacetEntry } from "@/lib/view/facet-panel";
import { FacetOptionLink } from "./facet-option-link";
import { FacetOptionList } from "./facet-option-list";
import styles from "./facet-groups.module.css";

interface FacetSearchProps {
  title: string;
  options: FacetEntry[];
  more: FacetEntry[];
  moreLabel: string | null;
}

/**
 * A long facet (Lebenslage) with a search box: typing narrows the list to matching values,
 * the collapsed ones included. The box appears with JavaScript only; without it the list and
 * „weitere anzeigen“ work as plain links.
 */
export function FacetSearch({ title, options, more, moreLabel }: FacetSearchProps) {
  const id = useId();
  const [mounted, setMounted] = useState(false);
  const [text, setText] = useState("");
  useEffect(() => setMounted(true), []);
  const words = foldForSearch(text).split(" ").filter(Boolean);
  const matching =
    words.length === 0
      ? null
      : [...options, ...more].filter((o) => {
          const haystack = foldForSearch(`${o.shortLabel} ${o.description ?? ""}`);
          return words.every((w) => haystack.includes(w));
        });
  return (
    <>
      {mounted && (
        <div className={styles.search}>
          <label htmlFor={id} className="visually-hidden">
            {title} durchsuchen
          </label>
          <input
            id={id}
            type="search"
            className={`kern-form-input__input ${styles.searchInput}`}
            placeholder={`${title} suchen`}
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoComplete="off"
            data-testid="facet-search"
          />
        </div>
      )}
      {matching === null ? (
        <FacetOptionList title={title} options={options} more={more} moreLabel={moreLabel} />
      ) : (
        <>
          <p className={styles.searchStatus} role="status">
            {matching.length === 0 ? "Kein Wert passt." : matching.length === 1 ? "1 Wert passt." : `${matching.length} Werte passen.`}
          </p>
          <ul className={styles.options} aria-label={`${title}: passende Werte`}>
            {matching.map((option) => (
              <li key={option.value || "nicht festgelegt"}>
                <FacetOptionLink option={option} title={title} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

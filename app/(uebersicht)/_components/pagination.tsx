import Link from "next/link";
import { PATHS } from "@/lib/routes";
import type { PaginationModel } from "@/lib/view/pagination";
import { HiddenInputs } from "./hidden-inputs";
import { InPlaceForm } from "@/app/_components/in-place-form";
import styles from "./pagination.module.css";

interface PaginationProps {
  model: PaginationModel;
}

export function Pagination({ model }: PaginationProps) {
  return (
    <div className={styles.pagination}>
      <p className="kern-body kern-body--small">{model.rangeText}</p>
      {model.pages.length > 0 && (
        <nav aria-label="Seiten">
          <ul className={styles.list}>
            {model.previous && (
              <li>
                <Link prefetch={false} href={model.previous.href} className={styles.link} rel="prev" data-focus-target="ergebnisse-titel">
                  Zurück<span className="visually-hidden"> zu Seite {model.previous.page}</span>
                </Link>
              </li>
            )}
            {model.pages.map((item) =>
              item.kind === "gap" ? (
                <li key={item.key} aria-hidden="true" className={styles.gap}>
                  …
                </li>
              ) : (
                <li key={item.page}>
                  <Link
                    prefetch={false}
                    href={item.href}
                    className={styles.link}
                    aria-current={item.current ? "page" : undefined}
                    aria-label={`Seite ${item.page}`}
                    data-focus-target="ergebnisse-titel"
                  >
                    {item.page}
                  </Link>
                </li>
              ),
            )}
            {model.next && (
              <li>
                <Link prefetch={false} href={model.next.href} className={styles.link} rel="next" data-focus-target="ergebnisse-titel">
                  Weiter<span className="visually-hidden"> zu Seite {model.next.page}</span>
                </Link>
              </li>
            )}
          </ul>
        </nav>
      )}
      <InPlaceForm action={PATHS.uebersicht} className={styles.pageSize} aria-label="Einträge pro Seite">
        <HiddenInputs inputs={model.hidden} />
        <label className="kern-label" htmlFor="size">
          Einträge pro Seite
        </label>
        <div className="kern-form-input__select-wrapper">
          <select key={model.size} id="size" name="size" className="kern-form-input__select" defaultValue={model.size}>
            {model.sizes.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="kern-btn kern-btn--secondary" data-focus-key="seitengroesse-anwenden">
          <span className="kern-label">Anwenden</span>
        </button>
      </InPlaceForm>
    </div>
  );
}

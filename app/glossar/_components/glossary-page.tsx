import Link from "next/link";
import type { GlossaryEntry } from "@/lib/glossary";
import { PATHS } from "@/lib/routes";
import styles from "./glossary-page.module.css";

interface GlossaryPageProps {
  entries: readonly GlossaryEntry[];
}

/** The words of the overview in plain German; each term has its own anchor, linked from where it appears. */
export function GlossaryPage({ entries }: GlossaryPageProps) {
  return (
    <div className="prose">
      <h1 className="kern-heading-large">Glossar: Begriffe der Übersicht</h1>
      <p className="kern-body">
        Was die Spalten und Werte der{" "}
        <Link href={PATHS.uebersicht} className="kern-link">
          Nachnutzungsübersicht
        </Link>{" "}
        bedeuten, in kurzen Worten. Die Fragezeichen neben den Begriffen in Tabelle, Filtern und auf den Seiten der Leistungen führen
        hierher.
      </p>
      <nav aria-label="Begriffe">
        <ul className={styles.toc}>
          {entries.map((e) => (
            <li key={e.id}>
              <a href={`#${e.id}`} className="kern-link">
                {e.term}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <dl className={styles.list}>
        {entries.map((e) => (
          <div key={e.id} id={e.id} className={styles.entry} tabIndex={-1}>
            <dt className={styles.term}>{e.term}</dt>
            <dd className={styles.text}>
              <p className="kern-body">{e.text}</p>
              {e.values && (
                <dl className={styles.values}>
                  {e.values.map((v) => (
                    <div key={v.value} className={styles.value}>
                      <dt>{v.value}</dt>
                      <dd>{v.meaning}</dd>
                    </div>
                  ))}
                </dl>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

import type { Leistung } from "@/lib/leistung";
import { FIELD_GLOSSARY, valueMeaning } from "@/lib/glossary";
import { glossaryHref } from "@/lib/routes";
import { FIELD_IDS, FIELDS } from "@/lib/vocabulary";
import { GlossaryLink } from "@/app/_components/glossary-link";
import { LeistungCell } from "@/app/_components/leistung-cell";
import styles from "./leistung-page.module.css";

interface LeistungFieldsProps {
  row: Leistung;
}

/** Every column of the overview for one service, as a description list; coded values in plain words beside them. */
export function LeistungFields({ row }: LeistungFieldsProps) {
  return (
    <dl className="kern-description-list" data-testid="leistung-fields">
      {FIELD_IDS.filter((f) => f !== "leistung").map((field) => {
        const glossary = FIELD_GLOSSARY[field];
        const value = row[field];
        const meaning = typeof value === "string" ? valueMeaning(field, value) : null;
        return (
          <div key={field} className="kern-description-list-item">
            <dt className="kern-description-list-item__key">
              {FIELDS[field].header}
              {glossary && <GlossaryLink href={glossaryHref(glossary)} term={FIELDS[field].header} />}
            </dt>
            <dd className="kern-description-list-item__value">
              <LeistungCell field={field} row={row} q="" />
              {meaning && <span className={styles.meaning}>{meaning}</span>}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

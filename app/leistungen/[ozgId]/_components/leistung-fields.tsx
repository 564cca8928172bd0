import type { Leistung } from "@/lib/leistung";
import { FIELD_IDS, FIELDS } from "@/lib/vocabulary";
import { LeistungCell } from "@/app/_components/leistung-cell";

interface LeistungFieldsProps {
  row: Leistung;
}

/** Every column of the overview for one service, as a description list. */
export function LeistungFields({ row }: LeistungFieldsProps) {
  return (
    <dl className="kern-description-list" data-testid="leistung-fields">
      {FIELD_IDS.filter((f) => f !== "leistung").map((field) => (
        <div key={field} className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{FIELDS[field].header}</dt>
          <dd className="kern-description-list-item__value">
            <LeistungCell field={field} row={row} q="" />
          </dd>
        </div>
      ))}
    </dl>
  );
}

import { highlightParts } from "@/lib/highlight";
import type { RowMarker } from "@/lib/news/markers";
import type { Leistung } from "@/lib/leistung";
import { FEDERFUEHRUNGEN, type FieldId, NOT_SET, RESSORT_NAMES, type RessortKuerzel } from "@/lib/vocabulary";
import { PhaseTag } from "./phase-tag";
import styles from "./leistung-cell.module.css";

/** Fields the search looks into; only these get highlighted. */
const SEARCHED: ReadonlySet<FieldId> = new Set(["ozgId", "leistung", "lebenslage", "leikaSchluessel", "rechtsgrundlagen", "bemerkung"]);

/**
 * Text from the data, isolated (`<bdi>`): a bidi override in one value cannot reorder the page
 * around it. Where the container already isolates its text in CSS (the dashboard's cells), the
 * element is left out: it would be sent twice per cell, in the HTML and in the flight payload.
 */
function Highlighted({ text, q, isolate }: { text: string; q: string; isolate: boolean }) {
  const parts = highlightParts(text, q).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text));
  return isolate ? <bdi>{parts}</bdi> : <>{parts}</>;
}

/** A row, or the part of it that a cell shows (the history of a service keeps only some fields). */
export type CellRow = Pick<Leistung, "ozgId" | "leistung"> & Partial<Leistung>;

interface LeistungCellProps {
  field: FieldId;
  row: CellRow;
  q: string;
  /** Links shown below the Leistung's name (news that name the service). */
  markers?: RowMarker[];
  /** Where the Leistung's name links to (the service's page), if anywhere. */
  detailHref?: string;
  /**
   * False where the container isolates bidi text in CSS (`unicode-bidi: isolate` on the cell);
   * default true: the cell's text is wrapped in `<bdi>`.
   */
  isolate?: boolean;
}

function Markers({ markers }: { markers: RowMarker[] }) {
  return (
    <ul className={styles.markers}>
      {markers.map((m) => (
        <li key={m.href}>
          <a href={m.href} className={styles.marker}>
            {m.label}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** One cell of the table, rendered for its field: lists, abbreviations, links, highlights. */
export function LeistungCell({ field, row, q, markers, detailHref, isolate = true }: LeistungCellProps) {
  const value = row[field] ?? "";
  const search = SEARCHED.has(field) ? q : "";
  if (Array.isArray(value)) {
    if (value.length === 0) return <span className={styles.empty}>{NOT_SET}</span>;
    return (
      <ul className={styles.list}>
        {value.map((v) => (
          <li key={v}>
            <Highlighted text={v} q={search} isolate={isolate} />
          </li>
        ))}
      </ul>
    );
  }
  if (value === "") return <span className={styles.empty}>{NOT_SET}</span>;
  switch (field) {
    case "ressort":
      return <abbr title={RESSORT_NAMES[value as RessortKuerzel]}>{value}</abbr>;
    case "efaFederfuehrung":
      return <abbr title={FEDERFUEHRUNGEN[value]}>{value}</abbr>;
    case "phase":
      return <PhaseTag phase={value} />;
    case "onlineDienst":
      return (
        <a href={value} className="kern-link" rel="noopener noreferrer">
          Zum Online-Dienst<span className="visually-hidden"> {row.leistung} (externe Seite)</span>
        </a>
      );
    case "leistung":
      return (
        <>
          {detailHref ? (
            <a href={detailHref} className={styles.link}>
              <Highlighted text={value} q={search} isolate={isolate} />
            </a>
          ) : (
            <Highlighted text={value} q={search} isolate={isolate} />
          )}
          {markers && markers.length > 0 && <Markers markers={markers} />}
        </>
      );
    default:
      return <Highlighted text={value} q={search} isolate={isolate} />;
  }
}

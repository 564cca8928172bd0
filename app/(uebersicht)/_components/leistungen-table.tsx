import type { TableModel, TableRow } from "@/lib/view/table-model";
import { tableInstance } from "@/lib/view/table-instance";
import type { FieldId } from "@/lib/vocabulary";
import { DeadlineBadges } from "@/app/_components/deadline-badges";
import { GlossaryLink } from "@/app/_components/glossary-link";
import { LeistungCell } from "@/app/_components/leistung-cell";
import { ChangeBadge } from "./change-badge";
import styles from "./leistungen-table.module.css";

interface LeistungenTableProps {
  model: TableModel;
}

const ARROWS = { ascending: "▲", descending: "▼", none: "↕" } as const;

function Cell({ field, entry, q }: { field: FieldId; entry: TableRow; q: string }) {
  const { row } = entry;
  const cell = <LeistungCell field={field} row={row} q={q} markers={entry.markers} detailHref={entry.detailHref} isolate={false} />;
  if (field !== "leistung") return cell;
  return (
    <>
      {cell}
      {entry.change && <ChangeBadge ozgId={row.ozgId} change={entry.change} />}
      {entry.deadlines.length > 0 && <DeadlineBadges badges={entry.deadlines} linked={entry.markerHrefs} compact />}
    </>
  );
}

/**
 * The result table, a server component: rows arrive filtered, sorted and paged by the server
 * (the same run() as the API and the export); TanStack Table's core models the columns and cells
 * (lib/view/table-instance.ts) and they are drawn here, so no row data and no cell
 * renderer travel to the browser a second time. Sorting is a link per header. On phones each
 * row is a card (CSS only) and the header row becomes the sort choice.
 */
export function LeistungenTable({ model }: LeistungenTableProps) {
  const { columns, rows, q, caption } = model;
  const table = tableInstance(model);
  const byField = new Map(columns.map((column) => [column.field, column]));
  const headers = table.getHeaderGroups()[0].headers.map((header) => byField.get(header.column.id as FieldId)!);
  return (
    <div className="table-scroll" role="region" aria-labelledby="tabelle-titel" tabIndex={0} data-testid="table-region">
      <table className={`kern-table kern-table--small kern-table--striped ${styles.table}`} data-testid="leistungen-table">
        <caption id="tabelle-titel" className="visually-hidden">
          {caption}
        </caption>
        <thead className="kern-table__head">
          <tr className={`kern-table__row ${styles.headRow}`}>
            {headers.map((column) => (
              <th key={column.field} scope="col" className="kern-table__header" aria-sort={column.sort.state}>
                <a
                  href={column.sort.href}
                  className={styles.sortLink}
                  data-field={column.field}
                  data-testid="sort-link"
                  data-focus-key={`sort:${column.field}`}
                >
                  {column.header}
                  <span className={styles.sortArrow} aria-hidden="true">
                    {ARROWS[column.sort.state]}
                  </span>
                  <span className="visually-hidden">, {column.sort.action}</span>
                </a>
                {column.glossaryHref && <GlossaryLink href={column.glossaryHref} term={column.header} />}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {/* Lean markup (no class or label per cell, no undefined attributes): the cells are most of the
              page, and every byte comes twice, in the HTML and in the flight payload. The cells' look
              and the phone's labels come from the CSS module, keyed by data-field. */}
          {table.getRowModel().rows.map((tableRow) => {
            const entry = tableRow.original;
            return (
              <tr key={tableRow.id} data-ozg-id={tableRow.id} {...(entry.change ? { "data-change": entry.change.kind } : null)}>
                {tableRow.getAllCells().map((cell) => {
                  const field = cell.column.id as FieldId;
                  return (
                    <td key={field} data-field={field} {...(entry.changedFields.has(field) ? { "data-changed": true } : null)}>
                      <Cell field={field} entry={entry} q={q} />
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {rows.length === 0 && (
            <tr>
              <td className={styles.empty} colSpan={columns.length}>
                Keine Leistung passt zu Suche und Filtern. Entfernen Sie oben einen Filter oder wählen Sie „Alle zurücksetzen“; bei der Suche
                hilft oft ein kürzeres Wort.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

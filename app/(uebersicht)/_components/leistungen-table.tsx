"use client";

import { createColumnHelper, tableFeatures, useTable } from "@tanstack/react-table";
import Link from "next/link";
import { useMemo } from "react";
import type { Leistung } from "@/lib/leistung";
import type { TableModel } from "@/lib/view/table-model";
import { DeadlineBadges } from "@/app/_components/deadline-badges";
import { GlossaryLink } from "@/app/_components/glossary-link";
import { LeistungCell } from "@/app/_components/leistung-cell";
import { ChangeBadge } from "./change-badge";
import styles from "./leistungen-table.module.css";

interface LeistungenTableProps {
  model: TableModel;
}

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, Leistung>();

const ARROWS = { ascending: "▲", descending: "▼", none: "↕" } as const;

/**
 * The result table. Rows arrive filtered, sorted and paged by the server (the same run() as
 * the API and the export); TanStack Table models columns and cells, we own the markup. On
 * phones each row is a card (CSS only) and the header row becomes the sort choice.
 */
export function LeistungenTable({ model }: LeistungenTableProps) {
  const { columns, rows, q, markers, detailHrefs, deadlines, changes, caption } = model;
  const byField = useMemo(() => Object.fromEntries(columns.map((c) => [c.field, c])), [columns]);
  const columnDefs = useMemo(
    () =>
      helper.columns(
        columns.map(({ field, header }) =>
          helper.accessor((row) => row[field], {
            id: field,
            header,
            cell: (info) => {
              const row = info.row.original;
              const cell = <LeistungCell field={field} row={row} q={q} markers={markers[row.ozgId]} detailHref={detailHrefs[row.ozgId]} />;
              if (field !== "leistung") return cell;
              return (
                <>
                  {cell}
                  {changes[row.ozgId] && <ChangeBadge ozgId={row.ozgId} change={changes[row.ozgId]} />}
                  {deadlines[row.ozgId] && <DeadlineBadges badges={deadlines[row.ozgId]} linked={new Set((markers[row.ozgId] ?? []).map((m) => m.href))} compact />}
                </>
              );
            },
          }),
        ),
      ),
    [columns, q, markers, detailHrefs, changes, deadlines],
  );
  const table = useTable({ features, columns: columnDefs, data: rows, getRowId: (row) => row.ozgId });

  return (
    <div className="table-scroll" role="region" aria-labelledby="tabelle-titel" tabIndex={0} data-testid="table-region">
      <table className={`kern-table kern-table--small kern-table--striped ${styles.table}`} data-testid="leistungen-table">
        <caption id="tabelle-titel" className="visually-hidden">
          {caption}
        </caption>
        <thead className="kern-table__head">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className={`kern-table__row ${styles.headRow}`}>
              {group.headers.map((header) => {
                const column = byField[header.column.id];
                return (
                  <th key={header.id} scope="col" className="kern-table__header" aria-sort={column.sort.state}>
                    <Link
                      href={column.sort.href}
                      scroll={false}
                      className={styles.sortLink}
                      data-field={header.column.id}
                      data-testid="sort-link"
                      data-focus-key={`sort:${header.column.id}`}
                    >
                      <table.FlexRender header={header} />
                      <span className={styles.sortArrow} aria-hidden="true">
                        {ARROWS[column.sort.state]}
                      </span>
                      <span className="visually-hidden">, {column.sort.action}</span>
                    </Link>
                    {column.glossaryHref && <GlossaryLink href={column.glossaryHref} term={column.header} />}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody className="kern-table__body">
          {table.getRowModel().rows.map((row) => {
            const change = changes[row.id];
            const changed = new Set(change?.fields.map((f) => f.field));
            return (
              <tr key={row.id} className="kern-table__row" data-ozg-id={row.id} data-change={change?.kind}>
                {row.getAllCells().map((cell) => (
                  <td
                    key={cell.id}
                    className="kern-table__cell"
                    data-field={cell.column.id}
                    data-label={byField[cell.column.id].header}
                    data-changed={changed.has(cell.column.id as never) || undefined}
                  >
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            );
          })}
          {rows.length === 0 && (
            <tr className="kern-table__row">
              <td className={`kern-table__cell ${styles.empty}`} colSpan={columns.length}>
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

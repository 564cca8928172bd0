"use client";

import { createColumnHelper, tableFeatures, useTable } from "@tanstack/react-table";
import Link from "next/link";
import { useMemo } from "react";
import type { Leistung } from "@/lib/leistung";
import type { TableModel } from "@/lib/view/table-model";
import { LeistungCell } from "@/app/_components/leistung-cell";
import styles from "./leistungen-table.module.css";

interface LeistungenTableProps {
  model: TableModel;
}

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, Leistung>();

const ARROWS = { ascending: "▲", descending: "▼", none: "↕" } as const;

/**
 * The result table. Rows arrive filtered, sorted and paged by the server (the same run() as
 * the API and the export); TanStack Table models columns and cells, we own the markup.
 */
export function LeistungenTable({ model }: LeistungenTableProps) {
  const { columns, rows, q, markers, detailHrefs, caption } = model;
  const sortLinks = useMemo(() => Object.fromEntries(columns.map((c) => [c.field, c.sort])), [columns]);
  const columnDefs = useMemo(
    () =>
      helper.columns(
        columns.map(({ field, header }) =>
          helper.accessor((row) => row[field], {
            id: field,
            header,
            cell: (info) => (
              <LeistungCell
                field={field}
                row={info.row.original}
                q={q}
                markers={markers[info.row.original.ozgId]}
                detailHref={detailHrefs[info.row.original.ozgId]}
              />
            ),
          }),
        ),
      ),
    [columns, q, markers, detailHrefs],
  );
  const table = useTable({ features, columns: columnDefs, data: rows, getRowId: (row) => row.ozgId });

  return (
    <div className="table-scroll" role="region" aria-labelledby="tabelle-titel" tabIndex={0}>
      <table className={`kern-table kern-table--small kern-table--striped ${styles.table}`} data-testid="leistungen-table">
        <caption id="tabelle-titel" className="visually-hidden">
          {caption}
        </caption>
        <thead className="kern-table__head">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className="kern-table__row">
              {group.headers.map((header) => {
                const sort = sortLinks[header.column.id];
                return (
                  <th key={header.id} scope="col" className="kern-table__header" aria-sort={sort?.state}>
                    {sort ? (
                      <Link href={sort.href} scroll={false} className={styles.sortLink} data-field={header.column.id} data-testid="sort-link">
                        <table.FlexRender header={header} />
                        <span className={styles.sortArrow} aria-hidden="true">
                          {ARROWS[sort.state]}
                        </span>
                        <span className="visually-hidden">, {sort.action}</span>
                      </Link>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody className="kern-table__body">
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className="kern-table__row" data-ozg-id={row.id}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className="kern-table__cell" data-field={cell.column.id}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
          {rows.length === 0 && (
            <tr className="kern-table__row">
              <td className="kern-table__cell" colSpan={columns.length}>
                Keine Leistung passt zu Suche und Filtern.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

"use client";

import { createColumnHelper, tableFeatures, useTable } from "@tanstack/react-table";
import Link from "next/link";
import { useMemo } from "react";
import type { RowMarker } from "@/lib/news/markers";
import type { Leistung } from "@/lib/overview/schema";
import { leistungHref } from "@/lib/view/leistung-href";
import type { SortLink } from "@/lib/view/table-model";
import { FIELDS, type FieldId } from "@/lib/vocabulary";
import { LeistungCell } from "./leistung-cell";

interface LeistungenTableProps {
  rows: Leistung[];
  columns: FieldId[];
  sortLinks: Record<string, SortLink>;
  /** Search words, to highlight matches. */
  q: string;
  /** Links shown with a row's Leistung (e.g. news naming the service), by OZG-ID. */
  markers: Record<string, RowMarker[]>;
  /** The Stand shown when it is not the newest, so that links to a service's page keep it. */
  stand: string | null;
  caption: string;
}

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, Leistung>();

const ARROWS = { ascending: "▲", descending: "▼", none: "↕" } as const;

/**
 * The result table. Rows arrive filtered, sorted and paged by the server (the same run() as
 * the API and the export); TanStack Table models columns and cells, we own the markup.
 */
export function LeistungenTable({ rows, columns, sortLinks, q, markers, stand, caption }: LeistungenTableProps) {
  const columnDefs = useMemo(
    () =>
      helper.columns(
        columns.map((field) =>
          helper.accessor((row) => row[field], {
            id: field,
            header: FIELDS[field].header,
            cell: (info) => (
              <LeistungCell
                field={field}
                row={info.row.original}
                q={q}
                markers={markers[info.row.original.ozgId]}
                detailHref={leistungHref(info.row.original.ozgId, stand)}
              />
            ),
          }),
        ),
      ),
    [columns, q, markers, stand],
  );
  const table = useTable({ features, columns: columnDefs, data: rows, getRowId: (row) => row.ozgId });

  return (
    <div className="table-scroll" role="region" aria-labelledby="tabelle-titel" tabIndex={0}>
      <table className="kern-table kern-table--small kern-table--striped leistungen-table" data-testid="leistungen-table">
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
                      <Link href={sort.href} scroll={false} className="sort-link" data-field={header.column.id}>
                        <table.FlexRender header={header} />
                        <span className="sort-link__arrow" aria-hidden="true">
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

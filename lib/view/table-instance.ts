/**
 * The result table as a TanStack Table (core, no React hook): the column and row model the
 * server-rendered table walks (headers in column order, each row's cells). Built per request from
 * the page's TableModel; the rows are already filtered, sorted and paged by the query engine, so
 * no row-model feature is registered — TanStack models, the component owns the markup.
 */
import { constructTable, createColumnHelper, tableFeatures } from "@tanstack/table-core";
import { storeReactivityBindings } from "@tanstack/table-core/store-reactivity-bindings";
import type { TableModel, TableRow } from "./table-model";

const features = tableFeatures({ coreReactivityFeature: storeReactivityBindings() });
const helper = createColumnHelper<typeof features, TableRow>();

export function tableInstance(model: Pick<TableModel, "columns" | "rows">) {
  const columns = helper.columns(model.columns.map(({ field, header }) => helper.accessor((entry) => entry.row[field], { id: field, header })));
  return constructTable({ features, columns, data: model.rows, getRowId: (entry) => entry.row.ozgId });
}

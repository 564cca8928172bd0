/**
 * The downloads of each published Stand, shared by /daten and the DCAT metadata: the CSV and
 * the Excel workbook of the export (all rows, all columns), and the JSON API. Free of server code.
 */

export type DownloadFormat = "csv" | "xlsx" | "json";

export interface Download {
  format: DownloadFormat;
  /** German label, e.g. „CSV“. */
  label: string;
  href: string;
  mediaType: string;
  /** EU file type (http://publications.europa.eu/resource/authority/file-type/…). */
  fileType: string;
  /** True for a complete file; the JSON API answers page by page. */
  isFile: boolean;
  description: string;
}

export const XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Pages of the JSON API hold at most this many services (lib/query/query.ts MAX_PAGE_SIZE). */
const JSON_PAGE = 500;

export function standDownloads(stand: string): Download[] {
  const s = encodeURIComponent(stand);
  return [
    {
      format: "csv",
      label: "CSV",
      href: `/api/export?stand=${s}`,
      mediaType: "text/csv",
      fileType: "CSV",
      isFile: true,
      description: "Alle Leistungen mit allen 17 Spalten; UTF-8 mit BOM, Semikolon, für Excel.",
    },
    {
      format: "xlsx",
      label: "Excel (xlsx)",
      href: `/api/export?stand=${s}&format=xlsx`,
      mediaType: XLSX_MEDIA_TYPE,
      fileType: "XLSX",
      isFile: true,
      description: "Dieselben Zeilen als Excel-Arbeitsmappe, mit einem Blatt „Info“.",
    },
    {
      format: "json",
      label: "JSON",
      href: `/api/leistungen?stand=${s}&size=${JSON_PAGE}`,
      mediaType: "application/json",
      fileType: "JSON",
      isFile: false,
      description: `JSON-Schnittstelle, seitenweise (Parameter page und size, höchstens ${JSON_PAGE} Leistungen je Seite).`,
    },
  ];
}

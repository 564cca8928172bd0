import { formatDate } from "@/lib/format";
import type { StandDownloads } from "@/lib/view/open-data-view";
import cellStyles from "@/app/_components/leistung-cell.module.css";

interface OpenDataDownloadsProps {
  staende: StandDownloads[];
}

/** Every published Stand with its CSV, Excel and JSON download, newest first. */
export function OpenDataDownloads({ staende }: OpenDataDownloadsProps) {
  return (
    <div className="table-scroll" role="region" aria-labelledby="downloads-titel" tabIndex={0}>
      <table className="kern-table kern-table--small" data-testid="daten-downloads">
        <caption className="visually-hidden">Downloads je Stand</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">Stand</th>
            <th scope="col" className="kern-table__header">Downloads</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {staende.map(({ stand, downloads }, i) => (
            <tr key={stand} className="kern-table__row" data-stand={stand}>
              <th scope="row" className="kern-table__header">
                {formatDate(stand)}
                {i === 0 && " (aktuell)"}
              </th>
              <td className="kern-table__cell">
                <ul className={cellStyles.list}>
                  {downloads.map((d) => (
                    <li key={d.format}>
                      <a href={d.href} className="kern-link" data-format={d.format}>
                        {d.label}
                        <span className="visually-hidden"> (Stand {formatDate(stand)})</span>
                      </a>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

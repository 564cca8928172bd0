import Link from "next/link";
import type { StaffGroup } from "@/lib/view/staff-reuse-view";
import styles from "./staff-reuse.module.css";

interface DeclarationGroupsProps {
  groups: StaffGroup[];
  /** Per Kommune: the service is the first column; per service: the Kommune. */
  byKommune: boolean;
}

/** Each group (a service or a Kommune) with its declarations: who, contact, start, status since when. */
export function DeclarationGroups({ groups, byKommune }: DeclarationGroupsProps) {
  if (groups.length === 0) return <p className="kern-body">Keine Bekundung passt zu diesem Filter.</p>;
  return (
    <>
      {groups.map((group) => (
        <section key={group.title} className={styles.group} data-testid="staff-group">
          <h2 className="kern-heading-small">
            {group.href ? (
              <Link href={group.href} className="kern-link">
                {group.title}
              </Link>
            ) : (
              group.title
            )}
          </h2>
          <div className="table-scroll" role="region" aria-label={group.title} tabIndex={0}>
            <table className="kern-table kern-table--small">
              <thead className="kern-table__head">
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">
                    {byKommune ? "Leistung" : "Kommune"}
                  </th>
                  <th scope="col" className="kern-table__header">
                    Ansprechperson
                  </th>
                  <th scope="col" className="kern-table__header">
                    Start
                  </th>
                  <th scope="col" className="kern-table__header">
                    Status
                  </th>
                  <th scope="col" className="kern-table__header">
                    seit
                  </th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {group.rows.map((row) => (
                  <tr key={row.id} className="kern-table__row" data-testid="staff-row" data-status={row.status}>
                    <th scope="row" className="kern-table__cell">
                      <Link href={row.href} className="kern-link">
                        {byKommune ? row.leistung : row.kommune}
                      </Link>
                      {row.late && <span className={styles.late}> verspätet</span>}
                    </th>
                    <td className="kern-table__cell">{row.kontakt}</td>
                    <td className="kern-table__cell">{row.start}</td>
                    <td className="kern-table__cell">{row.statusLabel}</td>
                    <td className="kern-table__cell">{row.since}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}

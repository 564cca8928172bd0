import Link from "next/link";
import { RESSORTS, RESSORT_NAMES } from "@/lib/vocabulary";
import styles from "./ressort.module.css";

/** The nine ministries as links, for a page that names none of them (404). */
export function RessortValidList() {
  return (
    <ul className={styles.validList} data-testid="ressort-valid-list">
      {RESSORTS.map((k) => (
        <li key={k}>
          <Link href={`/ressorts/${k}`} className="kern-link">
            {k}: {RESSORT_NAMES[k]}
          </Link>
        </li>
      ))}
    </ul>
  );
}

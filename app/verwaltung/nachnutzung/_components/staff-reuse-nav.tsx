import Link from "next/link";
import { PATHS } from "@/lib/routes";
import styles from "./staff-reuse.module.css";

type Current = "leistung" | "kommune" | "matrix" | "abfragen";

interface StaffReuseNavProps {
  current: Current;
  /** The list views and the matrix keep the filter. */
  links?: { list: string; byKommune: string; matrix: string };
}

/** The reuse pages of the staff area: declarations per service or per Kommune, the matrix, the calls. */
export function StaffReuseNav({ current, links }: StaffReuseNavProps) {
  const items: { key: Current; label: string; href: string }[] = [
    { key: "leistung", label: "Nach Leistung", href: links?.list ?? PATHS.verwaltungNachnutzung },
    { key: "kommune", label: "Nach Kommune", href: links?.byKommune ?? `${PATHS.verwaltungNachnutzung}?ansicht=kommune` },
    { key: "matrix", label: "Matrix", href: links?.matrix ?? PATHS.verwaltungNachnutzungMatrix },
    { key: "abfragen", label: "Abfragen", href: PATHS.verwaltungAbfragen },
  ];
  return (
    <nav aria-label="Nachnutzung" className={styles.nav}>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <Link href={item.href} className="kern-link" aria-current={item.key === current ? "page" : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

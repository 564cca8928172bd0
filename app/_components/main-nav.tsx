"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import styles from "./main-nav.module.css";

const ITEMS = [
  { href: "/", label: "Übersicht" },
  { href: "/kommunen", label: "Für Kommunen" },
  { href: "/ressorts", label: "Ressorts" },
  { href: "/aenderungen", label: "Änderungen" },
  { href: "/aktuelles", label: "Aktuelles" },
  { href: "/daten", label: "Daten" },
  { href: "/pruefen", label: "Datei prüfen" },
] as const;

/** Main navigation; marks the current section for screen readers with aria-current. */
export function MainNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Hauptnavigation" className={styles.nav}>
      <ul className={`${styles.list} container`}>
        {ITEMS.map((item) => {
          const current = item.href === "/" ? pathname === "/" : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link href={item.href} className={styles.link} aria-current={current ? "page" : undefined}>
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

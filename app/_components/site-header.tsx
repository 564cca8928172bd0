import Link from "next/link";
import type { ReactNode } from "react";
import { MainNav } from "./main-nav";
import styles from "./site-header.module.css";

interface SiteHeaderProps {
  /** Shown below the navigation, e.g. the sample-data notice. */
  notice?: ReactNode;
}

export function SiteHeader({ notice }: SiteHeaderProps) {
  return (
    <header className={styles.header}>
      <div className={`${styles.bar} container`}>
        <Link href="/" className={styles.brand}>
          <span className={styles.land}>Sachsen-Anhalt</span>
          <span className={styles.ministry}>Ministerium für Infrastruktur und Digitales</span>
        </Link>
        <p className={styles.product}>OZG-Nachnutzungsübersicht</p>
      </div>
      <MainNav />
      {notice}
    </header>
  );
}

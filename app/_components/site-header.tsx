import Link from "next/link";
import type { ReactNode } from "react";
import { MainNav } from "./main-nav";

interface SiteHeaderProps {
  /** Shown below the navigation, e.g. the sample-data notice. */
  notice?: ReactNode;
}

export function SiteHeader({ notice }: SiteHeaderProps) {
  return (
    <header className="site-header">
      <div className="site-header__bar container">
        <Link href="/" className="site-header__brand">
          <span className="site-header__land">Sachsen-Anhalt</span>
          <span className="site-header__ministry">Ministerium für Infrastruktur und Digitales</span>
        </Link>
        <p className="site-header__product">OZG-Nachnutzungsübersicht</p>
      </div>
      <MainNav />
      {notice}
    </header>
  );
}

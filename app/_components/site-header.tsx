import Link from "next/link";
import { MainNav } from "./main-nav";

export function SiteHeader() {
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
    </header>
  );
}

import Link from "next/link";
import { getMetadata } from "@/lib/store/repository";
import styles from "./site-footer.module.css";

const LINKS = [
  { href: "/impressum", label: "Impressum" },
  { href: "/datenschutz", label: "Datenschutz" },
  { href: "/barrierefreiheit", label: "Barrierefreiheit" },
  { href: "/leichte-sprache", label: "Leichte Sprache" },
  { href: "/glossar", label: "Glossar" },
] as const;

export async function SiteFooter() {
  const metadata = await getMetadata().catch(() => null);
  return (
    <footer className={styles.footer}>
      <div className={`container ${styles.inner}`}>
        <div>
          <p className="kern-body kern-body--small">
            Herausgeber: {metadata?.publisher ?? "Ministerium für Infrastruktur und Digitales des Landes Sachsen-Anhalt"}
          </p>
          {metadata && (
            <p className="kern-body kern-body--small">
              Kontakt: <a href={`mailto:${metadata.contactEmail}`}>{metadata.contactEmail}</a>
            </p>
          )}
          <p className="kern-body kern-body--small">
            <Link href="/daten">Offene Daten, Feeds und Kalender</Link>
          </p>
        </div>
        <nav aria-label="Rechtliches">
          <ul className={styles.links}>
            {LINKS.map((link) => (
              <li key={link.href}>
                <Link href={link.href}>{link.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}

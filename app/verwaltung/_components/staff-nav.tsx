import Link from "next/link";
import type { SessionAccount } from "@/lib/auth/sessions";
import { PATHS } from "@/lib/routes";
import styles from "./staff-nav.module.css";

export type StaffSection = "veroeffentlichen" | "staende" | "aktuelles" | "nachnutzung" | "protokoll" | "konten";

const SECTIONS: { key: StaffSection; label: string; href: string; adminOnly?: boolean }[] = [
  { key: "veroeffentlichen", label: "Veröffentlichen", href: PATHS.verwaltung },
  { key: "staende", label: "Stände", href: PATHS.verwaltungStaende },
  { key: "aktuelles", label: "Aktuelles", href: PATHS.verwaltungAktuelles },
  { key: "nachnutzung", label: "Nachnutzung", href: PATHS.verwaltungNachnutzung },
  { key: "protokoll", label: "Protokoll", href: PATHS.verwaltungProtokoll },
  { key: "konten", label: "Konten", href: PATHS.verwaltungKonten, adminOnly: true },
];

interface StaffNavProps {
  current: StaffSection;
  account: SessionAccount;
}

/** The sections of the staff area (Konten only for admins) and the sign-out button. */
export function StaffNav({ current, account }: StaffNavProps) {
  return (
    <div className={styles.bar}>
      <nav aria-label="Verwaltung">
        <ul>
          {SECTIONS.filter((section) => !section.adminOnly || account.role === "admin").map((section) => (
            <li key={section.key}>
              {/* No prefetch: every staff page is dynamic and checks the session and the database; a prefetch of each section on every staff page would run that work for nothing. */}
              <Link href={section.href} prefetch={false} className="kern-link" aria-current={section.key === current ? "page" : undefined}>
                {section.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form method="post" action={PATHS.abmelden} className={styles.account}>
        <span className="kern-body kern-body--small" data-testid="signed-in-as">
          Angemeldet: {account.email} ({account.role})
        </span>
        <button type="submit" className="kern-btn kern-btn--tertiary">
          <span className="kern-label">Abmelden</span>
        </button>
      </form>
    </div>
  );
}

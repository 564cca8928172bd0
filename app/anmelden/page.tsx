import type { Metadata } from "next";
import Link from "next/link";
import { signInTarget } from "@/lib/auth/sign-in-target";
import { staffAccess } from "@/lib/staff/session";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = { title: "Anmelden", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Sign-in of the staff area: the form, or why the area is off, or that one is signed in already. */
export default async function SignInPage({ searchParams }: PageProps) {
  const [search, access] = await Promise.all([searchParams, staffAccess()]);
  const weiter = signInTarget(first(search.weiter));
  const signedOut = first(search.abgemeldet) === "1";
  return (
    <article className="prose" data-testid="sign-in">
      <h1 className="kern-heading-large">Anmelden</h1>
      {signedOut && !access.ok && (
        <div className="kern-alert kern-alert--success" role="status" data-testid="signed-out">
          <div className="kern-alert__body">
            <p className="kern-body">Sie sind abgemeldet.</p>
          </div>
        </div>
      )}
      {access.ok ? (
        <p className="kern-body" data-testid="already-signed-in">
          Sie sind bereits angemeldet als {access.account.email} ({access.account.role}).{" "}
          <Link href={weiter} className="kern-link">
            Weiter zur Verwaltung
          </Link>
        </p>
      ) : access.kind === "off" ? (
        <div className="kern-alert kern-alert--info" role="status" data-testid="staff-area-off">
          <div className="kern-alert__body">
            <p className="kern-body">{access.reason}</p>
          </div>
        </div>
      ) : (
        <>
          <p className="kern-body">
            Der Verwaltungsbereich ist der OZG-Koordination vorbehalten: Stände veröffentlichen, Aktuelles schreiben, Nachnutzung
            verfolgen. Konten legt ein Konto mit der Rolle „admin“ an.
          </p>
          <SignInForm weiter={weiter} />
        </>
      )}
    </article>
  );
}

import Link from "next/link";
import type { StaffAccess } from "@/lib/reuse/staff-session";
import { reuseSignInHref } from "@/lib/routes";

interface StaffGateProps {
  access: Exclude<StaffAccess, { ok: true }>;
  /** Where to come back after signing in. */
  next: string;
}

/** Instead of a staff page: why the staff area is off, or that one has to sign in. */
export function StaffGate({ access, next }: StaffGateProps) {
  return (
    <article className="prose" data-testid="staff-gate">
      <h1 className="kern-heading-large">Nachnutzung verfolgen</h1>
      <div className="kern-alert kern-alert--info" role="status">
        <div className="kern-alert__body">
          {access.kind === "off" ? (
            <p className="kern-body">{access.reason}</p>
          ) : (
            <p className="kern-body">
              Diese Seite ist der Verwaltung vorbehalten. Bitte{" "}
              <Link href={reuseSignInHref(next)} className="kern-link">
                melden Sie sich an
              </Link>
              .
            </p>
          )}
        </div>
      </div>
    </article>
  );
}

import Link from "next/link";
import type { StaffAccess } from "@/lib/staff/session";
import { signInHref } from "@/lib/routes";

interface StaffGateProps {
  access: Exclude<StaffAccess, { ok: true }>;
  /** Where to come back after signing in. */
  next: string;
  /** The heading of the page the visitor asked for. */
  title?: string;
}

/** Instead of a staff page: why the staff area is off, that one has to sign in, or that the role may not. */
export function StaffGate({ access, next, title = "Verwaltung" }: StaffGateProps) {
  return (
    <article className="prose" data-testid="staff-gate">
      <h1 className="kern-heading-large">{title}</h1>
      <div className="kern-alert kern-alert--info" role="status">
        <div className="kern-alert__body">
          {access.kind === "off" ? (
            <p className="kern-body">{access.reason}</p>
          ) : access.kind === "forbidden" ? (
            <p className="kern-body">{access.reason}</p>
          ) : (
            <p className="kern-body">
              Diese Seite ist der Verwaltung vorbehalten. Bitte{" "}
              <Link href={signInHref(next)} className="kern-link">
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

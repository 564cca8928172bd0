import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Seite nicht gefunden" };

/** Any address without a page: a German 404 (Next sets the status). */
export default function NotFound() {
  return (
    <div className="prose">
      <h1 className="kern-heading-large">Seite nicht gefunden</h1>
      <p className="kern-body">Unter dieser Adresse gibt es keine Seite. Vielleicht ist der Link veraltet oder falsch abgeschrieben.</p>
      <p className="kern-body">
        <Link href="/" className="kern-link">
          Zur Übersicht aller Leistungen
        </Link>
      </p>
    </div>
  );
}

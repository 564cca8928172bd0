import type { Metadata } from "next";
import { getMetadata } from "@/lib/store/repository";

export const metadata: Metadata = { title: "Barrierefreiheit" };

export default async function BarrierefreiheitPage() {
  const data = await getMetadata().catch(() => null);
  const email = data?.contactEmail ?? "ozg@sachsen-anhalt.de";
  return (
    <article className="prose">
      <h1 className="kern-heading-large">Erklärung zur Barrierefreiheit</h1>
      <p>
        Das Ministerium für Infrastruktur und Digitales ist bemüht, die Nachnutzungsübersicht im Einklang mit der
        Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) barrierefrei zugänglich zu machen.
      </p>
      <h2 className="kern-heading-medium">Stand der Vereinbarkeit</h2>
      <p>
        Die Anwendung wird bei jeder Änderung automatisch gegen die Regeln der WCAG 2.1 (Stufen A und AA) geprüft und mit der Tastatur
        bedient. Alle Filter, Sortierungen und Seiten sind auch ohne JavaScript als Links und Formulare nutzbar; jedes Diagramm hat
        eine Tabelle mit denselben Zahlen.
      </p>
      <h2 className="kern-heading-medium">Barriere melden</h2>
      <p>
        Sind Ihnen Mängel aufgefallen? Schreiben Sie uns an{" "}
        <a href={`mailto:${email}?subject=${encodeURIComponent("Barriere in der Nachnutzungsübersicht")}`}>{email}</a>. Bitte nennen
        Sie die Adresse der Seite und beschreiben Sie das Problem.
      </p>
      <h2 className="kern-heading-medium">Schlichtungsverfahren</h2>
      <p>
        Erhalten Sie auf Ihre Meldung keine zufriedenstellende Antwort, können Sie sich an die Schlichtungsstelle nach § 16 BGG beim
        Beauftragten der Bundesregierung für die Belange von Menschen mit Behinderungen wenden.
      </p>
    </article>
  );
}

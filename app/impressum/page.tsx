import type { Metadata } from "next";
import { getMetadata } from "@/lib/store/repository";

export const metadata: Metadata = { title: "Impressum" };

export default async function ImpressumPage() {
  const data = await getMetadata().catch(() => null);
  return (
    <article className="prose">
      <h1 className="kern-heading-large">Impressum</h1>
      <h2 className="kern-heading-medium">Herausgeber</h2>
      <p>
        {data?.publisher ?? "Ministerium für Infrastruktur und Digitales des Landes Sachsen-Anhalt"}
        <br />
        Turmschanzenstraße 30
        <br />
        39114 Magdeburg
      </p>
      <h2 className="kern-heading-medium">Kontakt</h2>
      <p>
        E-Mail: <a href={`mailto:${data?.contactEmail ?? "ozg@sachsen-anhalt.de"}`}>{data?.contactEmail ?? "ozg@sachsen-anhalt.de"}</a>
      </p>
      <h2 className="kern-heading-medium">Zu den Daten</h2>
      <p>
        Die Nachnutzungsübersicht zeigt für jede OZG-Leistung, welches Ressort zuständig ist, welche Priorität und Phase sie hat und
        welches Umsetzungsmodell das Land anwendet. Maßgeblich ist der jeweils angegebene Stand.
        {data?.sampleData &&
          " Diese Installation zeigt Beispieldaten: Namen, OZG-IDs und Themenfelder sind echte OZG-Leistungen, alle Angaben zum Umsetzungsstand sind erfunden."}
      </p>
    </article>
  );
}

import type { Metadata } from "next";

export const metadata: Metadata = { title: "Datenschutz" };

export default function DatenschutzPage() {
  return (
    <article className="prose">
      <h1 className="kern-heading-large">Datenschutz</h1>
      <p>
        Die Nachnutzungsübersicht kommt ohne Anmeldung, ohne Cookies und ohne Analyse- oder Tracking-Werkzeuge aus. Schriften, Stile,
        Skripte und Grafiken liefert die Anwendung selbst aus; beim Aufruf werden keine Daten an andere Server übertragen.
      </p>
      <h2 className="kern-heading-medium">Was beim Aufruf verarbeitet wird</h2>
      <p>
        Wie jeder Webserver verarbeitet der Server technisch notwendige Angaben (IP-Adresse, Zeitpunkt, aufgerufene Adresse), um die
        Seite auszuliefern. Such- und Filterangaben stehen in der Adresse der Seite und werden nicht gespeichert.
      </p>
      <h2 className="kern-heading-medium">Nachnutzungsinteresse per E-Mail</h2>
      <p>
        Wer Interesse an der Nachnutzung einer Leistung per E-Mail bekundet, übermittelt die Angaben der E-Mail an die
        OZG-Koordination. Sie werden nur zur Bearbeitung der Anfrage verwendet.
      </p>
    </article>
  );
}

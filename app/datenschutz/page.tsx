import type { Metadata } from "next";
import { RETENTION_DAYS, UNCONFIRMED_DAYS } from "@/lib/reuse-vocabulary/status";

export const metadata: Metadata = { title: "Datenschutz" };

export default function DatenschutzPage() {
  return (
    <article className="prose">
      <h1 className="kern-heading-large">Datenschutz</h1>
      <p>
        Die öffentlichen Seiten der Nachnutzungsübersicht kommen ohne Anmeldung, ohne Cookies und ohne Analyse- oder Tracking-Werkzeuge
        aus. Nur wer als Mitarbeiterin oder Mitarbeiter der OZG-Koordination im Verwaltungsbereich angemeldet ist, erhält ein technisch
        notwendiges Sitzungs-Cookie („sitzung“), das nach acht Stunden ohne Nutzung oder beim Abmelden ungültig wird. Schriften, Stile,
        Skripte und Grafiken liefert die Anwendung selbst aus; beim Aufruf werden keine Daten an andere Server übertragen.
      </p>
      <h2 className="kern-heading-medium">Was beim Aufruf verarbeitet wird</h2>
      <p>
        Wie jeder Webserver verarbeitet der Server technisch notwendige Angaben (IP-Adresse, Zeitpunkt, aufgerufene Adresse), um die
        Seite auszuliefern. Such- und Filterangaben stehen in der Adresse der Seite und werden nicht gespeichert.
      </p>

      <h2 className="kern-heading-medium" id="nachnutzung">
        Interessenbekundungen zur Nachnutzung
      </h2>
      <p>
        Kommunen können auf der Seite einer Leistung ihr Interesse an der Nachnutzung bekunden. Dabei werden gespeichert: die Kommune
        (Landkreis, kreisfreie Stadt oder Gemeinde mit Gemeindeschlüssel), die Leistung, Name, E-Mail-Adresse und – freiwillig –
        Telefonnummer der Ansprechperson, der geplante Start, ein freiwilliger Kommentar, der Zeitpunkt der Einwilligung und der Verlauf
        der Bekundung (Status mit Datum).
      </p>
      <h3 className="kern-heading-small">Wofür</h3>
      <p>
        Die OZG-Koordination des Landes (Ministerium für Infrastruktur und Digitales) und das für die Leistung zuständige Ministerium
        verwenden die Kontaktdaten ausschließlich, um die Nachnutzung mit der Kommune abzustimmen – von der ersten Rückfrage bis zum
        Betrieb. Rechtsgrundlage ist Ihre Einwilligung (Art. 6 Abs. 1 Buchst. a DSGVO), die Sie mit dem Häkchen im Formular geben und
        jederzeit widerrufen können, indem Sie Ihre Kontaktdaten über Ihren persönlichen Link löschen.
      </p>
      <h3 className="kern-heading-small">Was öffentlich ist</h3>
      <p>
        Öffentlich zeigt die Anwendung nur, wie viele Kommunen eine Leistung in welchem Stand nachnutzen, und die Namen der Kommunen,
        die eine Vereinbarung geschlossen haben, angebunden sind oder die Leistung betreiben. Namen, E-Mail-Adressen, Telefonnummern
        und Kommentare erscheinen auf keiner öffentlichen Seite und in keiner öffentlichen Schnittstelle. Im Protokoll der Verwaltung
        stehen die Schritte einer Bekundung ohne Kontaktdaten.
      </p>
      <h3 className="kern-heading-small">Ihr persönlicher Link</h3>
      <p>
        Nach dem Absenden erhalten Sie einen persönlichen Link per E-Mail (oder, wo der E-Mail-Versand nicht eingerichtet ist, einmalig
        auf der Seite). Mit ihm bestätigen Sie die Bekundung, sehen ihren Stand, ändern Ihre Angaben, ziehen sie zurück oder löschen
        Ihre Kontaktdaten – jederzeit. Gespeichert wird nur ein Prüfwert des Links, nicht der Link selbst; wer den Link kennt, kann
        die Bekundung ändern, geben Sie ihn deshalb nicht weiter.
      </p>
      <h3 className="kern-heading-small">Wie lange</h3>
      <ul>
        <li>
          Kontaktdaten und Kommentar werden {RETENTION_DAYS} Tage nach dem Zurückziehen der Bekundung oder nach dem Start des Betriebs
          („in Betrieb“) gelöscht; danach ist auch der persönliche Link ungültig. Kommune, Leistung und Verlauf bleiben ohne
          Personenbezug erhalten.
        </li>
        <li>Eine Bekundung, die nicht innerhalb von {UNCONFIRMED_DAYS} Tagen bestätigt wird, wird vollständig gelöscht.</li>
        <li>
          Ersetzt eine neue Bekundung derselben Kommune eine frühere, werden deren Kontaktdaten sofort gelöscht, die frühere Bekundung
          selbst nach {RETENTION_DAYS} Tagen.
        </li>
        <li>Über „Kontaktdaten löschen“ im persönlichen Link löschen Sie Ihre Kontaktdaten und Ihren Kommentar sofort.</li>
      </ul>
      <p>
        Die Löschung erledigt die Anwendung selbst: bei jedem Start und danach täglich. Zum Schutz vor massenhaften Einsendungen wird
        für eine Stunde gezählt, wie viele Bekundungen von einer IP-Adresse kommen; gespeichert wird dafür nur ein Prüfwert der
        Adresse.
      </p>

      <h2 className="kern-heading-medium">Nachnutzungsinteresse per E-Mail</h2>
      <p>
        Wer Interesse an der Nachnutzung einer Leistung per E-Mail bekundet, übermittelt die Angaben der E-Mail an die
        OZG-Koordination. Sie werden nur zur Bearbeitung der Anfrage verwendet.
      </p>
    </article>
  );
}

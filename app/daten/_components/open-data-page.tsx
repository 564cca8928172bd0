import Link from "next/link";
import { formatDate, leistungenCount } from "@/lib/format";
import { PATHS, calendarHref, changesFeedHref, newsFeedHref, ressortFeedHref } from "@/lib/routes";
import type { OpenDataView } from "@/lib/view/open-data-view";
import { OpenDataDownloads } from "./open-data-downloads";
import { SubscribeLink } from "@/app/_components/subscribe-link";
import styles from "./open-data-page.module.css";

interface OpenDataPageProps {
  view: OpenDataView;
}

/** /daten: the data set described for people, its downloads, the feeds and calendar, and the machine interfaces. */
export function OpenDataPage({ view }: OpenDataPageProps) {
  const { metadata, staende, newestRows } = view;
  const newest = staende[0];
  return (
    <div className="prose">
      <h1 className="kern-heading-large">Offene Daten</h1>
      <p className="kern-body">
        Die Nachnutzungsübersicht steht als offene Daten bereit: jeder veröffentlichte Stand als CSV-Datei, als Excel-Arbeitsmappe und
        über die JSON-Schnittstelle. Dazu gibt es Feeds und einen Kalender zum Abonnieren und Metadaten nach DCAT-AP.de für
        Datenportale wie GovData.
      </p>

      <h2 className="kern-heading-medium">Der Datensatz</h2>
      <dl className={styles.facts}>
        <dt>Inhalt</dt>
        <dd>
          Für jede Leistung des Onlinezugangsgesetzes (OZG): OZG-ID, Leistung, Themenfeld, Lebens- und Geschäftslagen, LeiKa-Schlüssel,
          Typisierung, Rechtsgrundlagen, Zuständigkeit, das zuständige Ressort der Landesregierung, Priorität, Phase der Umsetzung,
          Umsetzungsmodell, EfA-Federführung, ob Kommunen die Leistung nachnutzen können, Reifegrad, Online-Dienst und Bemerkung.
          {metadata.sampleData && <strong> Diese Installation zeigt Beispieldaten. {metadata.sampleNotice}</strong>}
        </dd>
        <dt>Herausgeber</dt>
        <dd>{metadata.publisher}</dd>
        <dt>Kontakt</dt>
        <dd>
          <a href={`mailto:${metadata.contactEmail}`}>{metadata.contactEmail}</a>
        </dd>
        <dt>Lizenz</dt>
        <dd data-testid="daten-lizenz">
          {metadata.license ? (
            <>
              <a href={metadata.license.url} rel="noopener noreferrer">
                {metadata.license.name}
                <span className="visually-hidden"> (externer Link)</span>
              </a>
              . Bei einer Weitergabe nennen Sie bitte „{metadata.publisher}, {metadata.title}“ und den Stand.
            </>
          ) : (
            "Es ist keine Lizenz angegeben. Fragen Sie bitte beim Herausgeber nach, bevor Sie die Daten weitergeben."
          )}
        </dd>
        <dt>Stände</dt>
        <dd>
          {staende.length === 1 ? "1 Stand" : `${staende.length} Stände`}, der neueste vom {formatDate(newest.stand)} mit {leistungenCount(newestRows)}. Ein veröffentlichter
          Stand wird nie mehr verändert; jeder bleibt abrufbar.
        </dd>
      </dl>

      <h2 className="kern-heading-medium" id="downloads-titel">
        Downloads je Stand
      </h2>
      <p className="kern-body">
        CSV: alle Leistungen mit allen 17 Spalten, UTF-8 mit BOM und Semikolon, so dass Excel Umlaute richtig zeigt. Excel: dieselben
        Zeilen als Arbeitsmappe. JSON: die Schnittstelle, seitenweise mit bis zu 500 Leistungen je Seite. Eine gefilterte Auswahl
        exportieren Sie in der <Link href="/">Übersicht</Link>.
      </p>
      <OpenDataDownloads staende={staende} />

      <h2 className="kern-heading-medium">Abonnieren: Feeds und Kalender</h2>
      <p className="kern-body">
        Statt auf E-Mails zu warten, abonnieren Sie genau das, was Sie betrifft – in dem Programm, das Sie ohnehin nutzen.
      </p>
      <h3 className="kern-heading-small">Änderungen je Stand</h3>
      <p className="kern-body">
        Ein Eintrag je neuem Stand: neue, entfallene und geänderte Leistungen, Feld für Feld. Jeder Filter der Übersicht wirkt auch
        hier, etwa für ein Ressort (<a href={ressortFeedHref("MI")}>{ressortFeedHref("MI")}</a>), ein Themenfeld oder eine Lebenslage;
        jede Ressortseite nennt den Feed ihres Ressorts.
      </p>
      <SubscribeLink kind="feed" href={changesFeedHref()} what="die Änderungen jedes neuen Stands" />
      <h3 className="kern-heading-small">Aktuelles</h3>
      <SubscribeLink kind="feed" href={newsFeedHref()} what="alle Beiträge unter Aktuelles" />
      <h3 className="kern-heading-small">Termine und Fristen</h3>
      <p className="kern-body">
        OZG-Sprechstunden, Veranstaltungen und Fristen. Nur eine Kategorie oder eine Leistung: <code>{PATHS.calendar}?kategorie=Frist</code>,{" "}
        <code>{PATHS.calendar}?ozgId=10257</code>. Einzelne Termine übernehmen Sie bei jedem Beitrag mit „In den Kalender übernehmen“.
      </p>
      <SubscribeLink kind="calendar" href={calendarHref()} what="alle Termine und Fristen" />

      <h2 className="kern-heading-medium">Für Programme und Datenportale</h2>
      <ul className="kern-list">
        <li>
          <a href={PATHS.openApi}>Beschreibung der Schnittstelle (OpenAPI 3.1)</a>: <code>/api/leistungen</code> (Suche, Filter, Anzahlen),{" "}
          <code>/api/export</code> (CSV und Excel), <code>/api/aenderungen</code> (Änderungen zwischen zwei Ständen).
        </li>
        <li>
          <a href={PATHS.dcat}>Metadaten nach DCAT-AP.de (JSON-LD)</a>: Datenportale wie GovData können den Datensatz mit allen Ständen und
          Formaten von dieser Adresse abrufen.
        </li>
      </ul>
      <p className="kern-body kern-body--small">
        Feeds, Kalender und Metadaten werden je Stand und Stand der Meldungen zwischengespeichert: Wer ohne Änderung erneut fragt, bekommt nur
        die kurze Antwort „nicht geändert“ (HTTP 304).
      </p>
    </div>
  );
}

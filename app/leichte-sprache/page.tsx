import type { Metadata } from "next";
import styles from "./leichte-sprache.module.css";

export const metadata: Metadata = { title: "Leichte Sprache" };

export default function LeichteSprachePage() {
  return (
    <article className={`prose ${styles.page}`}>
      <h1 className="kern-heading-large">Informationen in Leichter Sprache</h1>
      <p>Auf dieser Internet-Seite geht es um Online-Dienste der Verwaltung.</p>
      <p>
        Online-Dienste sind Anträge im Internet.
        <br />
        Zum Beispiel: Wohngeld beantragen.
        <br />
        Dann müssen Sie nicht zum Amt gehen.
      </p>
      <p>
        Ein Gesetz sagt: Viele Anträge soll es im Internet geben.
        <br />
        Das Gesetz heißt: Online-Zugangs-Gesetz.
        <br />
        Die Abkürzung ist: OZG.
      </p>
      <p>
        Auf dieser Seite steht eine Liste.
        <br />
        In der Liste steht für jeden Antrag:
      </p>
      <ul>
        <li>Welches Ministerium ist zuständig?</li>
        <li>Wie wichtig ist der Antrag?</li>
        <li>Wie weit ist die Arbeit am Online-Dienst?</li>
      </ul>
      <p>
        Die Liste ist für Städte und Gemeinden.
        <br />
        Sie können sehen: Diesen Online-Dienst können wir auch nutzen.
      </p>
      <p>
        Haben Sie Fragen?
        <br />
        Dann schreiben Sie eine E-Mail an: <a href="mailto:ozg@sachsen-anhalt.de">ozg@sachsen-anhalt.de</a>
      </p>
    </article>
  );
}

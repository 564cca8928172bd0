import Link from "next/link";
import type { PrivateLinkView } from "@/lib/view/private-link-view";
import { linkStepAction } from "@/app/nachnutzung/[token]/actions";
import { ChangeForm } from "./change-form";
import { StepButton } from "./step-button";
import styles from "./private-link-page.module.css";

interface PrivateLinkPageProps {
  view: PrivateLinkView;
}

const MESSAGES = {
  invalid: "Dieser Link ist ungültig oder nicht mehr gültig. Nach Ablauf der Aufbewahrungsfrist werden Links unwirksam.",
  replaced: "Diese Bekundung wurde durch eine neuere derselben Kommune für dieselbe Leistung ersetzt. Bitte verwenden Sie den Link aus der neueren Bekundung.",
  unavailable: "Die Bekundung kann gerade nicht angezeigt werden: Die Datenbank antwortet nicht. Bitte versuchen Sie es später erneut.",
};

/** The declaration behind a private link: status, details, and the steps its holder may take (POST buttons). */
export function PrivateLinkPage({ view }: PrivateLinkPageProps) {
  if (view.state !== "ok") {
    return (
      <article className="prose">
        <h1 className="kern-heading-large">Ihre Nachnutzungsbekundung</h1>
        <div className={`kern-alert ${view.state === "unavailable" ? "kern-alert--danger" : "kern-alert--warning"}`} role="status" data-testid="link-state">
          <div className="kern-alert__body">
            <p className="kern-body">{MESSAGES[view.state]}</p>
          </div>
        </div>
      </article>
    );
  }
  const d = view.declaration;
  return (
    <article className={styles.page} data-testid="private-link-page">
      <h1 className="kern-heading-large">Ihre Nachnutzungsbekundung</h1>
      {view.notice && (
        <div className="kern-alert kern-alert--success" role="status" data-testid="link-notice">
          <div className="kern-alert__body">
            <p className="kern-body">{view.notice}</p>
          </div>
        </div>
      )}
      {view.error && (
        <div className="kern-alert kern-alert--danger" role="alert">
          <div className="kern-alert__body">
            <p className="kern-body">{view.error}</p>
          </div>
        </div>
      )}
      <p className="kern-body">
        {d.kommune} für{" "}
        <Link href={d.leistungHref} className="kern-link">
          {d.leistung}
        </Link>{" "}
        (OZG-ID {d.ozgId})
      </p>
      <p className="kern-body">
        Status: <strong data-testid="link-status">{d.statusLabel}</strong>
        {d.late && " · nach der Frist der Abfrage bekundet (verspätet)"}
      </p>
      {!d.confirmed && (
        <div className={styles.action}>
          <p className="kern-body">Bitte bestätigen Sie Ihre Bekundung. Erst dann geht sie an die OZG-Koordination.</p>
          <StepButton action={linkStepAction} token={d.token} step="bestaetigen" label="Bestätigen" primary />
        </div>
      )}
      <h2 className="kern-heading-medium">Ihre Angaben</h2>
      <dl className="kern-description-list">
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">Geplanter Start</dt>
          <dd className="kern-description-list-item__value">{d.startText}</dd>
        </div>
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">Ansprechperson</dt>
          <dd className="kern-description-list-item__value" data-testid="link-contact">
            {d.kontakt ? `${d.kontakt.name}, ${d.kontakt.email}${d.kontakt.telefon ? `, ${d.kontakt.telefon}` : ""}` : "gelöscht"}
          </dd>
        </div>
        <div className="kern-description-list-item">
          <dt className="kern-description-list-item__key">Kommentar</dt>
          <dd className="kern-description-list-item__value">{d.kommentar ?? "–"}</dd>
        </div>
      </dl>
      <h2 className="kern-heading-medium">Verlauf</h2>
      <ol className={styles.steps}>
        {d.steps.map((step, i) => (
          <li key={i}>
            <time dateTime={step.date}>{step.dateText}</time>: {step.label}
          </li>
        ))}
      </ol>
      {!d.withdrawn && (
        <>
          <h2 className="kern-heading-medium">Angaben ändern</h2>
          <ChangeForm key={JSON.stringify(d.values)} token={d.token} values={d.values} maxCommentLength={d.maxCommentLength} />
          <h2 className="kern-heading-medium">Zurückziehen</h2>
          {view.question === "zurueckziehen" ? (
            <div className={styles.action} data-testid="confirm-withdraw">
              <p className="kern-body">Wollen Sie die Bekundung wirklich zurückziehen? Das lässt sich nicht rückgängig machen; Sie können später neu bekunden.</p>
              <div className={styles.buttons}>
                <StepButton action={linkStepAction} token={d.token} step="zurueckziehen" label="Ja, zurückziehen" primary />
                <Link href={d.href} className="kern-btn kern-btn--secondary">
                  <span className="kern-label">Abbrechen</span>
                </Link>
              </div>
            </div>
          ) : (
            <p>
              <Link href={`${d.href}?frage=zurueckziehen`} className="kern-btn kern-btn--secondary">
                <span className="kern-label">Zurückziehen …</span>
              </Link>
            </p>
          )}
        </>
      )}
      <h2 className="kern-heading-medium">Kontaktdaten löschen</h2>
      <p className="kern-body">
        Löscht Name, E-Mail-Adresse, Telefon und Kommentar sofort. Die Bekundung bleibt ohne Kontaktdaten bestehen; die OZG-Koordination kann Sie dann nicht mehr
        erreichen. Ohne Ihr Zutun geschieht das 90 Tage nach dem Zurückziehen oder nach dem Start des Betriebs.
      </p>
      {view.question === "kontakt-loeschen" ? (
        <div className={styles.action} data-testid="confirm-delete">
          <div className={styles.buttons}>
            <StepButton action={linkStepAction} token={d.token} step="kontakt-loeschen" label="Ja, Kontaktdaten löschen" primary />
            <Link href={d.href} className="kern-btn kern-btn--secondary">
              <span className="kern-label">Abbrechen</span>
            </Link>
          </div>
        </div>
      ) : (
        d.kontakt && (
          <p>
            <Link href={`${d.href}?frage=kontakt-loeschen`} className="kern-btn kern-btn--secondary">
              <span className="kern-label">Kontaktdaten löschen …</span>
            </Link>
          </p>
        )
      )}
    </article>
  );
}

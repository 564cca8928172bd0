import { UploadCheckResult } from "@/app/pruefen/_components/upload-check-result";
import { InPlaceForm } from "@/app/_components/in-place-form";
import { dropDraftAction } from "@/app/verwaltung/actions";
import { CHANGE_KINDS } from "@/lib/changes/filter";
import { formatDateTime, formatLongDate, formatNumber, leistungenCount } from "@/lib/format";
import { PATHS } from "@/lib/routes";
import { FIELD_IDS, FIELDS } from "@/lib/vocabulary";
import type { DraftReview as Review } from "@/lib/view/staff-publish-view";
import { SHOWN_CHANGES } from "@/lib/view/changes-view";
import { PublishDraftForm } from "./publish-draft-form";
import styles from "./publish.module.css";

const KIND_LABELS = { neu: "Neu", entfallen: "Entfallen", geaendert: "Geändert" } as const;

interface DraftReviewProps {
  review: Review;
  stand: string;
  taken: string[];
}

/** Step 2: the valid upload's report and its changes against the current Stand, then the publish form. */
export function DraftReview({ review, stand, taken }: DraftReviewProps) {
  const { draft, counts, diff, filter } = review;
  const rows = diff
    ? [
        ...diff.added.map((r) => ({ kind: "neu" as const, ozgId: r.ozgId, leistung: r.leistung, detail: `${r.themenfeld}, Phase ${r.phase || "offen"}` })),
        ...diff.removed.map((r) => ({ kind: "entfallen" as const, ozgId: r.ozgId, leistung: r.leistung, detail: "" })),
        ...diff.changed.map((c) => ({
          kind: "geaendert" as const,
          ozgId: c.ozgId,
          leistung: c.leistung,
          detail: c.fields.map((f) => `${FIELDS[f.field].header}: ${f.before || "–"} → ${f.after || "–"}`).join("; "),
        })),
      ]
    : [];
  return (
    <div data-testid="draft-review">
      <p className="kern-body">
        Hochgeladen von {draft.createdBy} am {formatDateTime(draft.createdAt)}: <bdi>{draft.fileName}</bdi>, {leistungenCount(draft.rows)}.
      </p>
      <UploadCheckResult check={review.check} />
      <section aria-labelledby="aenderungen-titel">
        <h2 id="aenderungen-titel" className="kern-heading-medium">
          {review.against ? `Änderungen gegenüber dem Stand vom ${formatLongDate(review.against)}` : "Noch kein Stand veröffentlicht: alle Leistungen sind neu"}
        </h2>
        <ul className={styles.counts} data-testid="draft-counts">
          <li>{formatNumber(counts.added)} neu</li>
          <li>{formatNumber(counts.removed)} entfallen</li>
          <li>{formatNumber(counts.changed)} geändert</li>
        </ul>
        {diff && (
          <>
            <InPlaceForm action={PATHS.verwaltung} className={styles.form} aria-label="Änderungen filtern">
              <input type="hidden" name="entwurf" value={draft.id} />
              <input type="hidden" name="stand" value={stand} />
              <fieldset className="kern-fieldset">
                <legend className="kern-label">Art</legend>
                <div className="kern-fieldset__body kern-fieldset__body--horizontal">
                  {CHANGE_KINDS.map((kind) => (
                    <div className="kern-form-check" key={kind}>
                      <input className="kern-form-check__checkbox" type="checkbox" id={`art-${kind}`} name="art" value={kind} defaultChecked={filter.kinds.includes(kind)} />
                      <label className="kern-label" htmlFor={`art-${kind}`}>
                        {KIND_LABELS[kind]}
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
              <div className="kern-form-input">
                <label className="kern-label" htmlFor="aenderung-feld">
                  Geändertes Feld
                </label>
                <div className="kern-form-input__select-wrapper">
                  <select id="aenderung-feld" name="feld" className="kern-form-input__select" defaultValue={filter.field ?? ""}>
                    <option value="">Alle Felder</option>
                    {FIELD_IDS.map((field) => (
                      <option key={field} value={field}>
                        {FIELDS[field].header}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
              <div className="kern-form-input">
                <label className="kern-label" htmlFor="aenderung-suche">
                  OZG-ID oder Leistung
                </label>
                <input id="aenderung-suche" name="suche" type="search" className="kern-form-input__input" defaultValue={filter.words.join(" ")} />
              </div>
              <button type="submit" className="kern-btn kern-btn--secondary">
                <span className="kern-label">Filtern</span>
              </button>
            </InPlaceForm>
            <p className="kern-body" role="status">
              {review.filtered ? `${formatNumber(rows.length)} Änderungen passen zum Filter.` : `${formatNumber(rows.length)} Änderungen.`}
            </p>
            {rows.length > 0 && (
              <div className="table-scroll" role="region" aria-label="Tabelle der Änderungen" tabIndex={0}>
                <table className="kern-table kern-table--small text-table" data-testid="draft-changes">
                  <caption className="visually-hidden">Änderungen des hochgeladenen Stands gegenüber dem aktuellen</caption>
                  <thead>
                    <tr>
                      <th scope="col">Art</th>
                      <th scope="col">OZG-ID</th>
                      <th scope="col">Leistung</th>
                      <th scope="col">Einzelheiten</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.slice(0, SHOWN_CHANGES).map((row) => (
                      <tr key={`${row.kind}-${row.ozgId}`}>
                        <td>{KIND_LABELS[row.kind]}</td>
                        <td>{row.ozgId}</td>
                        <th scope="row">
                          <bdi>{row.leistung}</bdi>
                        </th>
                        <td>
                          <bdi>{row.detail}</bdi>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            {rows.length > SHOWN_CHANGES && <p className="kern-body">Gezeigt sind die ersten {formatNumber(SHOWN_CHANGES)}; bitte den Filter verwenden.</p>}
          </>
        )}
      </section>
      <section aria-labelledby="veroeffentlichen-titel">
        <h2 id="veroeffentlichen-titel" className="kern-heading-medium">
          Veröffentlichen
        </h2>
        <p className="kern-body">Der neue Stand ist sofort auf allen Seiten aktuell und steht mit Prüfsumme im Protokoll. Ein veröffentlichter Stand kann zurückgezogen, aber nicht überschrieben werden.</p>
        <div className={styles.actions}>
          <PublishDraftForm draftId={draft.id} stand={stand} taken={taken} />
          <form action={dropDraftAction} className={styles.form}>
            <input type="hidden" name="entwurf" value={draft.id} />
            <button type="submit" className="kern-btn kern-btn--tertiary">
              <span className="kern-label">Verwerfen</span>
            </button>
          </form>
        </div>
      </section>
    </div>
  );
}

import type { LeistungReuseModel } from "@/lib/view/leistung-reuse";
import { ReuseCallNotice } from "@/app/_components/reuse-call-notice";
import { DeclarationForm } from "./declaration-form";
import { ReuseStatistics } from "./reuse-statistics";
import styles from "./reuse-declaration.module.css";

interface ReuseDeclarationProps {
  model: LeistungReuseModel;
}

/** Reuse in the app: the call, the counts per status, and the form to declare interest. */
export function ReuseDeclaration({ model }: ReuseDeclarationProps) {
  return (
    <section className={styles.section} aria-labelledby="nachnutzung-bekunden-titel" id="nachnutzung-bekunden">
      <h2 id="nachnutzung-bekunden-titel" className="kern-heading-medium">
        Nachnutzung durch Kommunen
      </h2>
      {model.call && <ReuseCallNotice call={model.call} />}
      <ReuseStatistics model={model.statistics} />
      {model.formOffered && (
        <>
          <h3 className="kern-heading-small">Interesse bekunden</h3>
          <p className="kern-body">
            Für Ihre Kommune: Landkreis, kreisfreie Stadt oder Gemeinde. Sie erhalten einen persönlichen Link, mit dem Sie die Bekundung bestätigen, später den
            Stand sehen, Angaben ändern oder sie zurückziehen. Eine neue Bekundung derselben Kommune ersetzt die frühere, sobald sie bestätigt ist.
          </p>
          <DeclarationForm ozgId={model.ozgId} kreise={model.kreise} datenschutzHref={model.datenschutzHref} maxCommentLength={model.maxCommentLength} />
        </>
      )}
    </section>
  );
}

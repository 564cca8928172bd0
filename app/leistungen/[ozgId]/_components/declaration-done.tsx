import type { DeclarationFormState } from "@/lib/reuse/form";
import styles from "@/app/_components/reuse-form.module.css";

interface DeclarationDoneProps {
  done: NonNullable<DeclarationFormState["done"]>;
}

/** After a declaration: where the link went, or the link itself, shown this once. */
export function DeclarationDone({ done }: DeclarationDoneProps) {
  return (
    <div className="kern-alert kern-alert--success" role="status" data-testid="declaration-done">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--success" aria-hidden="true" />
        <span className="kern-title">Vielen Dank – Ihre Bekundung ist gespeichert</span>
      </div>
      <div className="kern-alert__body">
        {done.mailed ? (
          <p className="kern-body">
            Wir haben Ihnen eine E-Mail mit Ihrem persönlichen Link geschickt. Bitte bestätigen Sie die Bekundung mit diesem Link; bis dahin gilt sie als
            „unbestätigt“.
          </p>
        ) : (
          <>
            <p className="kern-body">
              {done.mailFailed
                ? "Die E-Mail mit Ihrem Link konnte nicht gesendet werden."
                : "Es wurde keine E-Mail gesendet: Der E-Mail-Versand ist in dieser Installation nicht eingerichtet."}{" "}
              Ihr persönlicher Link wird deshalb hier angezeigt – <strong>nur dieses eine Mal</strong>. Bitte speichern Sie ihn und öffnen Sie ihn, um die
              Bekundung zu bestätigen. Mit ihm sehen Sie später den Stand, ändern Ihre Angaben oder ziehen die Bekundung zurück.
            </p>
            {done.link && (
              <p className="kern-body">
                <a href={done.link} className={`kern-link ${styles.link}`} data-testid="private-link">
                  {done.link}
                </a>
              </p>
            )}
          </>
        )}
        {done.late && <p className="kern-body">Die Frist der Abfrage ist abgelaufen; Ihre Bekundung ist als verspätet vermerkt und wird trotzdem berücksichtigt.</p>}
      </div>
    </div>
  );
}

import type { Metadata } from "next";
import { StaffGate } from "@/app/verwaltung/_components/staff-gate";
import { StaffNav } from "@/app/verwaltung/_components/staff-nav";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { PATHS } from "@/lib/routes";
import { staffAccessFor } from "@/lib/staff/session";
import { loadAccountsView } from "@/lib/view/accounts-view";
import { RemoveAccountForm, ResetPasswordForm, RoleForm } from "./_components/account-change-forms";
import { AddAccountForm } from "./_components/add-account-form";
import { CreateTokenForm, RevokeTokenForm } from "./_components/token-forms";
import styles from "./_components/konten.module.css";

export const metadata: Metadata = { title: "Konten", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

/** Accounts and API tokens of the staff area (role admin only). */
export default async function AccountsPage() {
  const access = await staffAccessFor(["admin"]);
  if (!access.ok) return <StaffGate access={access} next={PATHS.verwaltungKonten} title="Konten" />;
  const view = await loadAccountsView(access.db, access.account.email);
  return (
    <div data-testid="konten">
      <StaffNav current="konten" account={access.account} />
      <h1 className="kern-heading-large">Konten</h1>
      <p className="kern-body">
        „redaktion“ veröffentlicht Stände, schreibt Aktuelles und verfolgt die Nachnutzung; „admin“ verwaltet dazu Konten und API-Tokens.
        Jede Änderung steht im Protokoll.
      </p>

      <section className={styles.section} aria-labelledby="konten-liste">
        <h2 id="konten-liste" className="kern-heading-medium">
          Konten ({view.accounts.length})
        </h2>
        <div className="table-scroll" role="region" aria-labelledby="konten-liste" tabIndex={0}>
          <table className="kern-table kern-table--small" data-testid="accounts-table">
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">E-Mail-Adresse</th>
                <th scope="col" className="kern-table__header">Rolle</th>
                <th scope="col" className="kern-table__header">Angelegt</th>
                <th scope="col" className="kern-table__header">Passwort geändert</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {view.accounts.map((a) => (
                <tr key={a.email} className="kern-table__row" data-email={a.email}>
                  <th scope="row" className="kern-table__header">
                    {a.email}
                    {a.own ? " (Sie)" : ""}
                  </th>
                  <td className="kern-table__cell">{a.role}</td>
                  <td className="kern-table__cell">{a.created}</td>
                  <td className="kern-table__cell">{a.passwordChanged}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <h3 className="kern-heading-small">Konto ändern</h3>
        {view.accounts.map((a, i) => (
          <details key={a.email} className={styles.change} data-testid="account-change" data-email={a.email}>
            <summary>
              {a.email} ({a.role})
            </summary>
            <div className={styles.changeBody}>
              {!a.own && <RoleForm email={a.email} role={a.role} idPrefix={`konto-${i}`} />}
              <ResetPasswordForm email={a.email} idPrefix={`konto-${i}`} minPasswordLength={MIN_PASSWORD_LENGTH} />
              {a.own ? (
                <p className="kern-body kern-body--small">Rolle und Entfernen Ihres eigenen Kontos kann nur ein anderes Konto mit der Rolle „admin“ ändern.</p>
              ) : (
                <RemoveAccountForm email={a.email} idPrefix={`konto-${i}`} />
              )}
            </div>
          </details>
        ))}
      </section>

      <section className={styles.section} aria-labelledby="konto-neu">
        <h2 id="konto-neu" className="kern-heading-medium">
          Konto anlegen
        </h2>
        <AddAccountForm minPasswordLength={MIN_PASSWORD_LENGTH} />
      </section>

      <section className={styles.section} aria-labelledby="tokens">
        <h2 id="tokens" className="kern-heading-medium">
          API-Tokens ({view.tokens.length})
        </h2>
        <p className="kern-body">
          Für Skripte (Authorization: Bearer …): Veröffentlichen über /api/staende, Protokoll über /api/protokoll. Ein Token handelt mit der
          Rolle seines Kontos; gespeichert wird nur sein Fingerabdruck.
        </p>
        {view.tokens.length > 0 && (
          <div className="table-scroll" role="region" aria-labelledby="tokens" tabIndex={0}>
            <table className="kern-table kern-table--small" data-testid="tokens-table">
              <thead className="kern-table__head">
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">Name</th>
                  <th scope="col" className="kern-table__header">Konto</th>
                  <th scope="col" className="kern-table__header">Angelegt</th>
                  <th scope="col" className="kern-table__header">Zuletzt benutzt</th>
                  <th scope="col" className="kern-table__header">Widerrufen</th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {view.tokens.map((t) => (
                  <tr key={t.id} className="kern-table__row" data-token-id={t.id}>
                    <th scope="row" className="kern-table__header">{t.name}</th>
                    <td className="kern-table__cell">{t.email}</td>
                    <td className="kern-table__cell">
                      {t.created} von {t.createdBy}
                    </td>
                    <td className="kern-table__cell">{t.lastUsed}</td>
                    <td className="kern-table__cell">{t.revoked ?? <RevokeTokenForm id={t.id} name={t.name} email={t.email} />}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <h3 className="kern-heading-small">API-Token anlegen</h3>
        <CreateTokenForm emails={view.accounts.map((a) => a.email)} />
      </section>
    </div>
  );
}

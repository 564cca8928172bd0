import type { AccountFormState } from "@/lib/staff/account-forms";

/** What a form of the accounts page did, or why not (the field errors stand at their fields). */
export function FormResult({ state }: { state: AccountFormState }) {
  if (state.errors?.form) {
    return (
      <div className="kern-alert kern-alert--danger" role="alert" data-testid="konten-fehler">
        <div className="kern-alert__body">
          <p className="kern-body">{state.errors.form}</p>
        </div>
      </div>
    );
  }
  if (state.done) {
    return (
      <div className="kern-alert kern-alert--success" role="status" data-testid="konten-erledigt">
        <div className="kern-alert__body">
          <p className="kern-body">{state.done}</p>
        </div>
      </div>
    );
  }
  return null;
}

interface StepButtonProps {
  action: (form: FormData) => Promise<void>;
  token: string;
  step: "bestaetigen" | "zurueckziehen" | "kontakt-loeschen";
  label: string;
  primary?: boolean;
}

/** One step of the private link as a POST form (never a GET: a mail scanner opening the link changes nothing). */
export function StepButton({ action, token, step, label, primary = false }: StepButtonProps) {
  return (
    <form action={action}>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="aktion" value={step} />
      <button type="submit" className={`kern-btn ${primary ? "kern-btn--primary" : "kern-btn--secondary"}`}>
        <span className="kern-label">{label}</span>
      </button>
    </form>
  );
}

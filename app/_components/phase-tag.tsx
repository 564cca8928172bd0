import styles from "./phase-tag.module.css";

interface PhaseTagProps {
  phase: string;
}

/** A phase with its colour dot; the colour per phase is a token of globals.css. */
export function PhaseTag({ phase }: PhaseTagProps) {
  return (
    <span className={styles.tag} data-phase={phase}>
      {phase}
    </span>
  );
}

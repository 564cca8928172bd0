interface PhaseTagProps {
  phase: string;
}

/** A phase with its colour dot; the colour per phase is set once in globals.css. */
export function PhaseTag({ phase }: PhaseTagProps) {
  return (
    <span className="phase-tag" data-phase={phase}>
      {phase}
    </span>
  );
}

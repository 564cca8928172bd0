import type { HiddenInput } from "@/lib/view/hidden-inputs";

interface HiddenInputsProps {
  inputs: HiddenInput[];
}

/** Carries the rest of the view through a GET form, so a form changes only its own part. */
export function HiddenInputs({ inputs }: HiddenInputsProps) {
  return (
    <>
      {inputs.map((input, i) => (
        <input key={`${input.name}-${i}`} type="hidden" name={input.name} value={input.value} />
      ))}
    </>
  );
}

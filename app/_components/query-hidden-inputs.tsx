import { type Query, toSearchParams } from "@/lib/query/query";

interface QueryHiddenInputsProps {
  query: Query;
  /** Parameters the surrounding form sets itself (they must not be sent twice). */
  omit: readonly string[];
}

/** Carries the rest of the view through a GET form, so a form changes only its own part. */
export function QueryHiddenInputs({ query, omit }: QueryHiddenInputsProps) {
  const entries = [...toSearchParams({ ...query, page: 1 }).entries()].filter(([key]) => !omit.includes(key));
  return (
    <>
      {entries.map(([key, value], i) => (
        <input key={`${key}-${i}`} type="hidden" name={key} value={value} />
      ))}
    </>
  );
}

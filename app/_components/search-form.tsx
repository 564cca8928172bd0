import type { Query } from "@/lib/query/query";
import { QueryHiddenInputs } from "./query-hidden-inputs";
import { SearchInput } from "./search-input";

interface SearchFormProps {
  query: Query;
}

/** Search as a GET form (works without JavaScript); SearchInput adds search-as-you-type. */
export function SearchForm({ query }: SearchFormProps) {
  return (
    <form method="get" action="/" role="search" className="search-form" aria-label="Leistungen durchsuchen">
      <QueryHiddenInputs query={query} omit={["q"]} />
      <SearchInput q={query.q} />
    </form>
  );
}

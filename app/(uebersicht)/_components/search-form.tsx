import { PATHS } from "@/lib/routes";
import type { DashboardModel } from "@/lib/view/dashboard";
import { HiddenInputs } from "./hidden-inputs";
import { SearchInput } from "./search-input";
import styles from "./search-form.module.css";

interface SearchFormProps {
  search: DashboardModel["search"];
}

/** Search as a GET form (works without JavaScript); SearchInput adds search-as-you-type. */
export function SearchForm({ search }: SearchFormProps) {
  return (
    <form method="get" action={PATHS.uebersicht} role="search" className={styles.form} aria-label="Leistungen durchsuchen">
      <HiddenInputs inputs={search.hidden} />
      <SearchInput q={search.q} />
    </form>
  );
}

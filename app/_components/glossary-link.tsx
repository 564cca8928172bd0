import styles from "./glossary-link.module.css";

interface GlossaryLinkProps {
  href: string;
  /** The term explained, e.g. „Reifegrad“: part of the link's name. */
  term: string;
}

/** A small „?“ beside a term that leads to its explanation on /glossar: a link, so it works on touch too. */
export function GlossaryLink({ href, term }: GlossaryLinkProps) {
  return (
    <a href={href} className={styles.link} data-testid="glossary-link">
      <span aria-hidden="true">?</span>
      <span className="visually-hidden">Was bedeutet „{term}“?</span>
    </a>
  );
}

"use client";

import { type ReactNode, useEffect, useRef } from "react";
import styles from "./responsive-details.module.css";

interface ResponsiveDetailsProps {
  summary: ReactNode;
  className?: string;
  children: ReactNode;
}

/** Below this width the panel starts closed, so that the table is not pushed far down on phones. */
const NARROW = "(max-width: 60rem)";

/**
 * A <details> section that is open on wide screens and starts closed on phones. Without
 * JavaScript it stays open: nothing is hidden from anyone.
 */
export function ResponsiveDetails({ summary, className, children }: ResponsiveDetailsProps) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (ref.current && window.matchMedia(NARROW).matches) ref.current.open = false;
  }, []);
  return (
    <details ref={ref} className={className} open>
      <summary className={styles.summary}>{summary}</summary>
      {children}
    </details>
  );
}

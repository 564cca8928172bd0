"use client";

import { useSearchParams } from "next/navigation";
import { useEffect } from "react";

/** The control that started the last in-place navigation, and where focus should go afterwards. */
let pending: { key: string | null; target: string | null; at: number } | null = null;

/** After this long a navigation no longer counts as started by the remembered control. */
const STALE_MS = 15_000;

/**
 * A value link of a `data-focus-group` list (facet values, chart values) is known by group and
 * value or text; other links inside the group (a facet's glossary link) are not remembered.
 */
const GROUPED = "[data-focus-group] li > a";

function groupKey(link: HTMLElement): string | null {
  const group = link.closest<HTMLElement>("[data-focus-group]")?.dataset.focusGroup;
  return group === undefined ? null : `${group}:${link.dataset.value ?? link.textContent ?? ""}`;
}

function remember(element: Element | null) {
  const control = element?.closest<HTMLElement>(`[data-focus-key], [data-focus-target], ${GROUPED}`);
  if (!control) return;
  pending = { key: control.dataset.focusKey ?? groupKey(control), target: control.dataset.focusTarget ?? null, at: Date.now() };
}

/** The control with this key now: by its own `data-focus-key`, or by group and value in a focus group. */
function findControl(key: string): HTMLElement | null {
  const own = document.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`);
  if (own) return own;
  for (const link of document.querySelectorAll<HTMLElement>(GROUPED)) if (groupKey(link) === key) return link;
  return null;
}

interface FocusKeeperProps {
  /** Where focus goes when the control that was used is gone (a removed chip): the results' heading. */
  fallbackId: string;
}

/**
 * Keeps keyboard users where they were: after an in-place navigation started by a control with
 * `data-focus-key` (sort links, chips, form buttons) or a link in a `data-focus-group` list (facet
 * and chart values: one attribute per list, not per link), focus returns to that
 * control if it was lost (a re-rendered control), or to the fallback when the control is gone; a control with
 * `data-focus-target` (page links) moves focus to that element.
 */
export function FocusKeeper({ fallbackId }: FocusKeeperProps) {
  const search = useSearchParams().toString();

  useEffect(() => {
    const onClick = (event: MouseEvent) => remember(event.target as Element);
    const onSubmit = (event: SubmitEvent) => remember(event.submitter ?? (event.target as Element));
    document.addEventListener("click", onClick, true);
    document.addEventListener("submit", onSubmit, true);
    return () => {
      document.removeEventListener("click", onClick, true);
      document.removeEventListener("submit", onSubmit, true);
    };
  }, []);

  useEffect(() => {
    const p = pending;
    pending = null;
    if (!p || Date.now() - p.at > STALE_MS) return;
    const target = p.target ? document.getElementById(p.target) : null;
    if (target) return target.focus({ preventScroll: true });
    // Focus survived the update (or the user has moved on): leave it where it is.
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    // A control that is there but not shown (a value now inside a closed facet) cannot take focus;
    // the content of a closed <details> keeps its boxes, so ask the browser whether it is visible.
    const found = p.key ? findControl(p.key) : null;
    const again = found && found.checkVisibility() ? found : null;
    (again ?? document.getElementById(fallbackId))?.focus({ preventScroll: again === null });
  }, [search, fallbackId]);

  return null;
}

"use client";

import { useSearchParams } from "next/navigation";
import { useEffect } from "react";
import { LAST_OVERVIEW_KEY } from "@/lib/view/last-overview";

/** Remembers this view of the dashboard for the breadcrumb of a service's page (same tab only). */
export function RememberView() {
  const search = useSearchParams().toString();
  useEffect(() => {
    try {
      sessionStorage.setItem(LAST_OVERVIEW_KEY, search ? `/?${search}` : "/");
    } catch {
      // Storage may be off (private mode): the breadcrumb then leads to the plain Übersicht.
    }
  }, [search]);
  return null;
}

"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { LAST_OVERVIEW_KEY, isOverviewHref } from "@/lib/view/last-overview";

interface BackToOverviewProps {
  /** Without a remembered view (or without JavaScript): the Übersicht of the Stand shown. */
  href: string;
}

/** „Übersicht“ in the breadcrumb: back to the filters the user came from, when this tab knows them. */
export function BackToOverview({ href }: BackToOverviewProps) {
  const [target, setTarget] = useState(href);
  useEffect(() => {
    try {
      const last = sessionStorage.getItem(LAST_OVERVIEW_KEY);
      if (isOverviewHref(last)) setTarget(last);
    } catch {
      // No storage: keep the plain link.
    }
  }, []);
  return (
    <Link href={target} className="kern-link" data-testid="breadcrumb-overview">
      Übersicht
    </Link>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { clientNavigation } from "@/lib/view/client-navigation";

/**
 * One listener for the plain links inside `[data-client-nav]`: followed without a page load, like
 * `next/link`. On `window`, so it runs after React's own handlers (a `next/link` inside such a
 * part has already handled its click and prevented the default).
 */
export function ClientLinks() {
  const router = useRouter();
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const anchor = (event.target as Element | null)?.closest?.("a[href]");
      if (!(anchor instanceof HTMLAnchorElement) || !anchor.closest("[data-client-nav]")) return;
      const next = clientNavigation(event, { href: anchor.href, target: anchor.target, download: anchor.hasAttribute("download") }, window.location);
      if (!next) return;
      event.preventDefault();
      router.push(next.href, { scroll: next.scroll });
    };
    window.addEventListener("click", onClick);
    return () => window.removeEventListener("click", onClick);
  }, [router]);
  return null;
}

"use client";

import { usePathname } from "next/navigation";
import { skipLinks } from "@/lib/view/skip-links";

/** The first stops of the Tab order: past the header to the content, on the dashboard to filters and results. */
export function SkipLinks() {
  const links = skipLinks(usePathname());
  return (
    <>
      {links.map((link) => (
        <a key={link.href} className="skip-link" href={link.href}>
          {link.label}
        </a>
      ))}
    </>
  );
}

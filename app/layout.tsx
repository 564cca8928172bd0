import "@kern-ux/native/dist/kern.min.css";
import "./globals.css";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { ClientLinks } from "./_components/client-links";
import { firaSans } from "./fonts";
import { SampleNotice } from "./_components/sample-notice";
import { SiteFooter } from "./_components/site-footer";
import { SiteHeader } from "./_components/site-header";
import { SkipLinks } from "./_components/skip-links";

// Data is read from DATA_DIR at request time; nothing is baked in at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "OZG-Nachnutzungsübersicht Sachsen-Anhalt", template: "%s – OZG-Nachnutzungsübersicht Sachsen-Anhalt" },
  description:
    "Welche OZG-Leistung setzt wer um, wie weit ist sie, und was können Kommunen nachnutzen? Die Nachnutzungsübersicht des Landes Sachsen-Anhalt.",
  applicationName: "OZG-Nachnutzungsübersicht",
};

export const viewport: Viewport = { themeColor: "#0b3a63", width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="de" data-kern-theme="light" className={firaSans.variable}>
      <body>
        <ClientLinks />
        <SkipLinks />
        <SiteHeader notice={<SampleNotice />} />
        <main id="inhalt" className="page" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}

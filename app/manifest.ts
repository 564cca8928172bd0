import type { MetadataRoute } from "next";

/** Lets phones add the overview to the home screen as a web app (as the newsletter describes). */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "OZG-Nachnutzungsübersicht Sachsen-Anhalt",
    short_name: "OZG-Übersicht",
    description: "Umsetzungsstand und Nachnutzung der OZG-Leistungen in Sachsen-Anhalt",
    start_url: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#0b3a63",
    lang: "de",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/apple-icon.png", sizes: "180x180", type: "image/png", purpose: "any" },
    ],
  };
}

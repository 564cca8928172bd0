import type { MetadataRoute } from "next";

/** Lets phones add the overview to the home screen as a web app (as the newsletter describes). */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "OZG-Nachnutzungsübersicht Sachsen-Anhalt",
    short_name: "OZG-Übersicht",
    description: "Umsetzungsstand und Nachnutzung der OZG-Leistungen in Sachsen-Anhalt",
    // The installed app opens on the Übersicht, and stays the same app across its pages.
    id: "/",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#0b3a63",
    lang: "de",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/apple-icon.png", sizes: "180x180", type: "image/png", purpose: "any" },
      // Full-bleed, the mark inside the safe zone: home screens may cut it to a circle or squircle.
      { src: "/icon-maskable-192.png", sizes: "192x192", type: "image/png", purpose: "maskable" },
      { src: "/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}

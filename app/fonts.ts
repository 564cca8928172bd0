import localFont from "next/font/local";

/**
 * KERN's typeface, Fira Sans, in the weights the pages use, served by the app itself. Declared
 * here instead of KERN's fira-sans.css because that stylesheet has no `font-display`: text stayed
 * invisible until some 550 kB of fonts had arrived (on a slow phone connection the largest
 * contentful paint waited seconds for them). With `swap` text shows at once in a fallback whose
 * metrics next/font adjusts to Fira Sans (no visible jump when the font arrives).
 */
export const firaSans = localFont({
  src: [
    { path: "../node_modules/@kern-ux/native/dist/fonts/fira-sans/FiraSans-Regular.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@kern-ux/native/dist/fonts/fira-sans/FiraSans-Italic.woff2", weight: "400", style: "italic" },
    { path: "../node_modules/@kern-ux/native/dist/fonts/fira-sans/FiraSans-Medium.woff2", weight: "500", style: "normal" },
    { path: "../node_modules/@kern-ux/native/dist/fonts/fira-sans/FiraSans-SemiBold.woff2", weight: "600", style: "normal" },
    { path: "../node_modules/@kern-ux/native/dist/fonts/fira-sans/FiraSans-Bold.woff2", weight: "700", style: "normal" },
  ],
  display: "swap",
  // Five files would compete with the page's own CSS and scripts on a slow line; they load when text needs them.
  preload: false,
  fallback: ["Arial", "Helvetica", "sans-serif"],
  variable: "--font-fira-sans",
});

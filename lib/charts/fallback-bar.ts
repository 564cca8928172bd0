/**
 * The HTML bars a chart shows before its drawing arrives (and without JavaScript): widths and, for
 * a stacked bar, one gradient with a band per segment. One element per bar instead of one per
 * segment: the stacked phase chart would otherwise put some forty spans into the page.
 */

/** A share in percent, to a tenth (no 15-digit fractions in the page). */
export function percent(part: number, whole: number): string {
  return `${Math.round((1000 * part) / Math.max(1, whole)) / 10}%`;
}

/** The bands of a stacked bar as a CSS background, in segment order; empty segments leave no band. */
export function stackedBackground(segments: readonly { color: string; count: number }[]): string {
  const total = segments.reduce((sum, s) => sum + s.count, 0);
  let at = 0;
  const bands: string[] = [];
  for (const { color, count } of segments) {
    if (count <= 0) continue;
    bands.push(`${color} ${percent(at, total)} ${percent(at + count, total)}`);
    at += count;
  }
  if (bands.length === 0) return "transparent";
  return bands.length === 1 ? segments.find((s) => s.count > 0)!.color : `linear-gradient(to right, ${bands.join(", ")})`;
}

/** The page of one service; with `stand` when an older Stand is shown. Free of server code. */
export function leistungHref(ozgId: string, stand: string | null = null): string {
  const path = `/leistungen/${encodeURIComponent(ozgId)}`;
  return stand ? `${path}?stand=${encodeURIComponent(stand)}` : path;
}

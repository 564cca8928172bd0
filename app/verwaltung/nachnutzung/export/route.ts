import { declarationsAnswer } from "@/lib/api/nachnutzung";
import { json } from "@/lib/api/json";
import { publicBaseUrl } from "@/lib/http/base-url";
import { staffAccess } from "@/lib/staff/session";

export const dynamic = "force-dynamic";

/** The declarations of the staff page's filter as CSV or xlsx (`format`), for a signed-in session. */
export async function GET(request: Request): Promise<Response> {
  const access = await staffAccess();
  if (!access.ok) return json({ error: access.kind === "off" ? access.reason : "Bitte melden Sie sich an." }, access.kind === "off" ? 503 : 401);
  const search = new URL(request.url).searchParams;
  if (!["csv", "xlsx"].includes(search.get("format") ?? "")) search.set("format", "csv");
  return declarationsAnswer(access.db, search, publicBaseUrl(request.headers, request.url).url);
}

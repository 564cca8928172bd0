import { postOnly } from "@/lib/api/read-only";
import { reportDownloadResponse } from "@/lib/overview/report-download";

// Only the form on /pruefen posts here; other methods get a German 405 with Allow.
export { postOnly as DELETE, postOnly as GET, postOnly as PATCH, postOnly as PUT };

export async function POST(request: Request): Promise<Response> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return new Response("Bitte den Prüfbericht über die Seite „Datei prüfen“ herunterladen.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  return reportDownloadResponse(form);
}

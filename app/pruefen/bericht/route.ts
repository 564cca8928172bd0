import { reportDownloadResponse } from "@/lib/overview/report-download";

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

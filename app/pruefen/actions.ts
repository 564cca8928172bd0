"use server";

import { overrideResponse } from "@/lib/http/response-override";
import { BUSY_RETRY_AFTER_SECONDS, type UploadCheck, checkUploadedFile } from "@/lib/overview/check-upload";

/** Checks an uploaded overview CSV; publishes nothing. */
export async function checkFileAction(_previous: UploadCheck | null, formData: FormData): Promise<UploadCheck> {
  const file = formData.get("datei");
  const check = await checkUploadedFile(file instanceof File ? file : null);
  // The answer is the page or the action's payload either way; the status tells programs and monitoring.
  if (!check.ok && check.busy) overrideResponse(503, { "Retry-After": String(BUSY_RETRY_AFTER_SECONDS) });
  return check;
}

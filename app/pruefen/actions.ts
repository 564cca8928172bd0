"use server";

import { type UploadCheck, checkUploadedFile } from "@/lib/overview/check-upload";

/** Checks an uploaded overview CSV; publishes nothing. */
export async function checkFileAction(_previous: UploadCheck | null, formData: FormData): Promise<UploadCheck> {
  const file = formData.get("datei");
  return checkUploadedFile(file instanceof File ? file : null);
}

import { headers } from "next/headers";
import { publicBaseUrl } from "@/lib/http/base-url";

/** The public base URL for the page being rendered (PUBLIC_BASE_URL, else the request's host). */
export async function requestBaseUrl(): Promise<string> {
  return publicBaseUrl(await headers()).url;
}

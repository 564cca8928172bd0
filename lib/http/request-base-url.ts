/** The public base URL of the request a page is rendering (for feed links in its head). Server only. */
import "server-only";
import { headers } from "next/headers";
import { publicBaseUrl } from "./base-url";

/** PUBLIC_BASE_URL, else the request's host. */
export async function requestBaseUrl(): Promise<string> {
  return publicBaseUrl(await headers()).url;
}

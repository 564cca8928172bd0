import { conditional } from "@/lib/api/conditional";
import { aenderungenResponse } from "@/lib/api/aenderungen";

export { DELETE, PATCH, POST, PUT } from "@/lib/api/read-only";

export async function GET(request: Request): Promise<Response> {
  return conditional(request, await aenderungenResponse(new URL(request.url).searchParams));
}

import { conditional } from "@/lib/api/conditional";
import { leistungenResponse } from "@/lib/api/leistungen";

export { DELETE, PATCH, POST, PUT } from "@/lib/api/read-only";

export async function GET(request: Request): Promise<Response> {
  return conditional(request, await leistungenResponse(new URL(request.url).searchParams));
}

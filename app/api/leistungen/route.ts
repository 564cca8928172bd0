import { leistungenResponse } from "@/lib/api/leistungen";

export async function GET(request: Request): Promise<Response> {
  return leistungenResponse(new URL(request.url).searchParams);
}

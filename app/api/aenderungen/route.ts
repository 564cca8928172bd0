import { aenderungenResponse } from "@/lib/api/aenderungen";

export async function GET(request: Request): Promise<Response> {
  return aenderungenResponse(new URL(request.url).searchParams);
}

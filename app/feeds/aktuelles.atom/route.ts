import { newsFeedResponse } from "@/lib/api/feed-aktuelles";

// Answers depend on DATA_DIR and the request's host at request time; never prerendered.
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return newsFeedResponse(request);
}

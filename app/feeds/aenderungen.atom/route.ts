import { changesFeedResponse } from "@/lib/api/feed-aenderungen";

// Read-only: other methods get a German 405 with Allow (lib/api/read-only.ts).
export { DELETE, PATCH, POST, PUT } from "@/lib/api/read-only";

// Answers depend on DATA_DIR and the request's host at request time; never prerendered.
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return changesFeedResponse(request);
}

import { openApiResponse } from "@/lib/api/openapi";

// Answers depend on DATA_DIR and the request's host at request time; never prerendered.
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return openApiResponse(request);
}

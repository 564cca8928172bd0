import { exportResponse } from "@/lib/api/export";

export async function GET(request: Request): Promise<Response> {
  return exportResponse(new URL(request.url).searchParams);
}

import { exportResponse } from "@/lib/api/export";

export { DELETE, PATCH, POST, PUT } from "@/lib/api/read-only";

export async function GET(request: Request): Promise<Response> {
  return exportResponse(new URL(request.url).searchParams);
}

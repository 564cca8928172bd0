import { postOnly } from "@/lib/api/read-only";
import { withdrawStandResponse } from "@/lib/api/staende";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ stand: string }> }): Promise<Response> {
  return withdrawStandResponse(request, (await params).stand);
}

export { postOnly as GET, postOnly as PUT, postOnly as DELETE, postOnly as PATCH };

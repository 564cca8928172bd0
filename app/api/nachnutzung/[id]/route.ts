import { patchNachnutzungResponse } from "@/lib/api/nachnutzung";

export const dynamic = "force-dynamic";

export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return patchNachnutzungResponse(request, (await params).id);
}

import { postOnly } from "@/lib/api/read-only";
import { signOutResponse } from "@/lib/staff/sign-out";

export const dynamic = "force-dynamic";
// Only the sign-out button of the staff navigation posts here; other methods get a German 405.
export { postOnly as DELETE, postOnly as GET, postOnly as PATCH, postOnly as PUT };

export async function POST(request: Request): Promise<Response> {
  return signOutResponse(request);
}

/**
 * Who calls the staff part of the reuse API (GET /api/nachnutzung, PATCH /api/nachnutzung/ID):
 * an API token of an account with the role redaktion or admin (lib/api/staff-caller.ts).
 */
import "server-only";
import { type StaffCaller, staffCaller } from "./staff-caller";

export type ReuseCaller = StaffCaller;

export async function reuseCaller(request: Request): Promise<ReuseCaller> {
  return staffCaller(request, { roles: ["redaktion", "admin"], forbidden: "Ihre Rolle darf Bekundungen nicht bearbeiten." });
}

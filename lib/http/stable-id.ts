/**
 * Stable identifiers for feed entries and calendar events: name-based UUIDs (version 5,
 * RFC 9562), so the same item always gets the same id, on every instance and after restarts,
 * without storing anything. The app does not know its host name, so ids do not contain it.
 */
import { createHash } from "node:crypto";

/** This application's namespace (a random UUID chosen once; never change it, ids would change). */
export const ID_NAMESPACE = "5b1e7d0c-3f0a-4c8e-9a57-6d2f1e8b4c39";

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ""), "hex");
}

/** The version-5 UUID of `name` in `namespace`, e.g. "3d813cbb-47fb-52ba-91df-831e1593ac29". */
export function uuidV5(name: string, namespace: string = ID_NAMESPACE): string {
  const hash = createHash("sha1").update(uuidBytes(namespace)).update(name, "utf8").digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** "urn:uuid:…" for Atom ids. */
export function uuidUrn(name: string): string {
  return `urn:uuid:${uuidV5(name)}`;
}

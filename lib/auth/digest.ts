/** Secrets are stored only as their SHA-256: a stolen database holds no usable token or session. */
import { createHash, randomBytes } from "node:crypto";

export function sha256Hex(value: string): string {
  return createHash("sha256").update(value, "utf8").digest("hex");
}

/** A new random secret of 32 bytes, base64url (43 characters). */
export function randomSecret(): string {
  return randomBytes(32).toString("base64url");
}

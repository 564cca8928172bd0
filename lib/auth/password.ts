/**
 * Password hashing with scrypt (memory-hard, built into Node: no dependency).
 *
 * Parameters: N = 2^15, r = 8, p = 3 – one of OWASP's equivalent scrypt settings (same work as
 * N = 2^17, p = 1) with a quarter of the memory: 32 MiB per hash. That bounds the memory of
 * parallel sign-ins (Node runs at most 4 hashes at once in its thread pool: 128 MiB) on a small
 * server, while one guess still costs an attacker about 0.15 s of a core and 32 MiB.
 *
 * Stored format (PHC string): $scrypt$ln=15,r=8,p=3$<salt base64>$<hash base64>, so stored
 * hashes keep working when the parameters change (needsRehash tells when to upgrade one).
 */
import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";

export const MIN_PASSWORD_LENGTH = 12;
/** Long enough for any passphrase, short enough that nobody sends megabytes to hash. */
export const MAX_PASSWORD_LENGTH = 1_000;

interface ScryptParams {
  /** log2 of N, the CPU/memory cost. */
  ln: number;
  r: number;
  p: number;
}

export const CURRENT_PARAMS: Readonly<ScryptParams> = { ln: 15, r: 8, p: 3 };
const SALT_BYTES = 16;
const KEY_BYTES = 32;
const PHC_RE = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

function derive(password: string, salt: Buffer, params: ScryptParams, keyLength: number): Promise<Buffer> {
  const N = 2 ** params.ln;
  // Node refuses more than 32 MiB by default; allow exactly what these parameters need, and a margin.
  const maxmem = 128 * N * params.r + 128 * params.r * params.p + 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFC"), salt, keyLength, { N, r: params.r, p: params.p, maxmem }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

const b64 = (bytes: Buffer) => bytes.toString("base64").replace(/=+$/, "");

/** The German reason why a password is not accepted, or null when it is. Length counts characters, not bytes. */
export function passwordProblem(password: string): string | null {
  const length = [...password.normalize("NFC")].length;
  if (length < MIN_PASSWORD_LENGTH) return `Das Passwort muss mindestens ${MIN_PASSWORD_LENGTH} Zeichen lang sein (es hat ${length}).`;
  if (length > MAX_PASSWORD_LENGTH) return `Das Passwort darf höchstens ${MAX_PASSWORD_LENGTH} Zeichen lang sein.`;
  if (password.trim() !== password) return "Das Passwort darf nicht mit einem Leerzeichen beginnen oder enden.";
  return null;
}

/** A new salted hash in the stored format. Does not check the rules (see passwordProblem). */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, CURRENT_PARAMS, KEY_BYTES);
  const { ln, r, p } = CURRENT_PARAMS;
  return `$scrypt$ln=${ln},r=${r},p=${p}$${b64(salt)}$${b64(key)}`;
}

function parse(stored: string): { params: ScryptParams; salt: Buffer; key: Buffer } | null {
  const m = PHC_RE.exec(stored);
  if (!m) return null;
  const params = { ln: Number(m[1]), r: Number(m[2]), p: Number(m[3]) };
  // Refuse parameters no hash of ours would have (a tampered row must not make us allocate gigabytes).
  if (params.ln < 10 || params.ln > 20 || params.r < 1 || params.r > 32 || params.p < 1 || params.p > 16) return null;
  return { params, salt: Buffer.from(m[4], "base64"), key: Buffer.from(m[5], "base64") };
}

/** True when the password matches the stored hash; compares in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed || parsed.key.length < 16) return false;
  if (password.length > MAX_PASSWORD_LENGTH * 4) return false;
  const key = await derive(password, parsed.salt, parsed.params, parsed.key.length);
  return timingSafeEqual(key, parsed.key);
}

/** True when the stored hash was made with other parameters than today's (rehash after the next sign-in). */
export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  return !parsed || parsed.params.ln !== CURRENT_PARAMS.ln || parsed.params.r !== CURRENT_PARAMS.r || parsed.params.p !== CURRENT_PARAMS.p;
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as verifying a real password, for a sign-in with an unknown address:
 * the answer time must not tell whether an account exists.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword(randomBytes(24).toString("base64"));
  await verifyPassword(password, await dummyHash);
  return false;
}

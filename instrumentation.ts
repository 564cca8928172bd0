/** Runs once when the server starts: the HTTP guard in front of Next (lib/http/http-guard.ts). */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installHttpGuard } = await import("./lib/http/http-guard");
  installHttpGuard();
}

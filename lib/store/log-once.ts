/** The server log names what pages must not (paths, reasons); once per change, not once per request. */
import { processShared } from "../process-shared";

const logged = processShared("log-once", () => new Set<string>());

export function logOnce(line: string): void {
  if (logged.has(line)) return;
  // Bounded: a long-running server with ever new lines must not grow without end.
  if (logged.size > 1000) logged.clear();
  logged.add(line);
  console.error(line);
}

/** Minimal argument handling shared by the command-line tools. */
export interface CliArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

/** Parses `FILE --json --stand 2022-10-28` style arguments. */
export function parseArgs(argv: string[], valueFlags: readonly string[] = []): CliArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split("=", 2);
    if (inline !== undefined) flags.set(name, inline);
    else if (valueFlags.includes(name) && i + 1 < argv.length) flags.set(name, argv[++i]);
    else flags.set(name, true);
  }
  return { positional, flags };
}

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_UNREADABLE = 2;

/** One line about an unexpected error, without its stack trace. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message.split("\n")[0].slice(0, 300)}`;
  return String(error).slice(0, 300);
}

/**
 * Runs a command's main function and exits with its code. An unexpected error ends the command
 * with exit code 2 and one German line, never with a stack trace.
 */
export function runCli(main: () => Promise<number>): void {
  const fail = (error: unknown) => {
    console.error(`Abgebrochen wegen eines unerwarteten Fehlers (${describeError(error)}). Es wurde nichts verändert.`);
    process.exit(EXIT_UNREADABLE);
  };
  process.on("uncaughtException", fail);
  process.on("unhandledRejection", fail);
  main().then((code) => process.exit(code), fail);
}

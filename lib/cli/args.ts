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

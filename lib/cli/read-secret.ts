/**
 * Reads one secret line from standard input: typed at a terminal without echo, or the first
 * line of a pipe (`printf '%s\n' "$PASSWORT" | npm run user -- add …`). Null when there is none.
 */

let piped: Promise<string[]> | undefined;

/** All lines of a piped standard input, read once (reset asks for a second line only at a terminal). */
function pipedLines(): Promise<string[]> {
  piped ??= (async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8").split(/\r?\n/);
  })();
  return piped;
}

function readHidden(prompt: string): Promise<string | null> {
  const stdin = process.stdin;
  // Echo off before the prompt appears, so that nothing typed after it is shown.
  stdin.setRawMode(true);
  process.stderr.write(prompt);
  return new Promise((resolve) => {
    let value = "";
    const finish = (result: string | null) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off("data", onData);
      process.stderr.write("\n");
      resolve(result);
    };
    const onData = (data: string) => {
      for (const ch of data) {
        if (ch === "\r" || ch === "\n") return finish(value);
        if (ch === "\u0004") return finish(value === "" ? null : value); // Ctrl-D
        if (ch === "\u0003") {
          // Ctrl-C: leave the terminal as it was, then stop like any interrupted command.
          stdin.setRawMode(false);
          process.stderr.write("\n");
          process.exit(130);
        }
        if (ch === "\u007f" || ch === "\b") value = [...value].slice(0, -1).join("");
        else if (ch >= " ") value += ch;
      }
    };
    stdin.setEncoding("utf8");
    stdin.resume();
    stdin.on("data", onData);
  });
}

let pipedIndex = 0;

export async function readSecretLine(prompt: string): Promise<string | null> {
  if (process.stdin.isTTY) return readHidden(prompt);
  const lines = await pipedLines();
  const line = lines[pipedIndex++];
  return line === undefined || line === "" ? null : line;
}

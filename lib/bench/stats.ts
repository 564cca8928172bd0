/** Timing helpers for the benchmark: median and p95 over repeated runs. */
export interface Timing {
  runs: number;
  medianMs: number;
  p95Ms: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times measured. */
export function measure(fn: () => unknown, runs = 30, warmup = 3): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { runs, medianMs: percentile(times, 50), p95Ms: percentile(times, 95) };
}

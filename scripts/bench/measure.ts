// Timing: run each case's app and SQL side in turn, many times, and summarise by percentiles.

export type Timings = { app: number[]; sql: number[] };

export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  // Nearest rank: the smallest sample with at least p % of the samples at or below it.
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * `warmup` unmeasured rounds, then `rounds` measured ones. In each round the app's way and the hand-written
 * SQL run one after the other, the order swapped every round, so that neither always meets a warmer cache.
 */
export async function alternate(app: () => Promise<unknown>, sql: (() => Promise<unknown>) | undefined, rounds: number, warmup: number): Promise<Timings> {
  const timings: Timings = { app: [], sql: [] };
  for (let round = -warmup; round < rounds; round++) {
    const order = round % 2 === 0 || !sql ? ["app", "sql"] : ["sql", "app"];
    for (const side of order) {
      if (side === "sql" && !sql) continue;
      const ms = await time(side === "app" ? app : sql!);
      if (round >= 0) timings[side as keyof Timings].push(ms);
    }
  }
  return timings;
}

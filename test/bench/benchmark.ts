/**
 * What a benchmark is: a name (dotted, e.g. `ising2d.metropolis.L256.flips_per_s`), the
 * unit of its figure, and a function that measures it once and returns the figure.
 * Benchmarks run only by `npm run bench`, never by `npm test`.
 */
export interface Benchmark {
  name: string;
  unit: string;
  /** Measure and return the figure (higher or lower is better as the unit says). */
  measure(): Promise<number>;
}

/** Seconds per call of `fn`, after a warm-up, over at least `minSeconds` of calls. */
export function timePerCall(fn: () => void, minSeconds = 1, warmup = 1): number {
  for (let i = 0; i < warmup; i++) fn();
  let calls = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minSeconds) {
    fn();
    calls++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  }
  return elapsed / calls;
}

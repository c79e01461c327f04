/**
 * The hopfield-capacity task: for each network size N, `trials` independent networks (each
 * from its own stream, unit id = size index * trials + trial), the retrieval curve over the
 * spec's loads (core/models/hopfield-retrieval.ts), averaged over trials in trial order; the
 * breakdown load per N, where the mean overlap falls through the threshold (breakdownAlpha);
 * and where the median trial fails (the fraction of trials whose final overlap reaches the
 * threshold falls below 1/2: breakdownMedian). At N = 1000 the retrieval state survives in
 * some trials past alpha_c, so the median crossing sits higher (~0.16-0.17) than the mean's
 * (~0.14-0.15); the mean's is noisier (one failed trial in eight pulls it down by 0.12); and `overlap.svg` in the run folder. A trial at N = 1000 takes about a
 * second, so the task runs in the coordinator, trial by trial.
 */
import { join } from 'node:path';
import { breakdownAlpha, retrievalCurve } from '../core/models/hopfield-retrieval.js';
import { streamRng } from '../core/rng/rng.js';
import type { HopfieldCapacitySpec } from '../experiments/family-specs.js';
import { writeFileAtomic } from './atomic-file.js';
import { overlapPlotSvg, type OverlapCurve } from './overlap-plot-svg.js';
import type { TaskContext, TaskResult } from './task.js';

export const HOPFIELD_CAPACITY_PURPOSE = 'hopfield.capacity';

export async function runHopfieldCapacityTask(options: TaskContext<HopfieldCapacitySpec>): Promise<TaskResult> {
  const { spec, events } = options;
  const total = spec.sizes.length * spec.trials;
  const curves: OverlapCurve[] = [];
  const breakdown: { n: number; alpha: number }[] = [];
  const breakdownMedian: { n: number; alpha: number }[] = [];
  const retrievedFractions: { n: number; fractions: number[] }[] = [];
  let done = 0;
  for (let s = 0; s < spec.sizes.length; s++) {
    const n = spec.sizes[s];
    const mean = new Float64Array(spec.alphas.length);
    const retrieved = new Float64Array(spec.alphas.length);
    for (let t = 0; t < spec.trials; t++) {
      const rng = streamRng(spec.seed, HOPFIELD_CAPACITY_PURPOSE, s * spec.trials + t);
      const curve = retrievalCurve({ n, alphas: spec.alphas, trials: 1, rng, flipFraction: spec.flipFraction });
      for (let a = 0; a < mean.length; a++) {
        mean[a] += curve[a] / spec.trials;
        if (curve[a] >= spec.threshold) retrieved[a] += 1 / spec.trials;
      }
      events.progress(++done, total, `N = ${n}, trial ${t + 1}`);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const overlaps = Array.from(mean);
    curves.push({ n, alphas: [...spec.alphas], overlaps });
    const fractions = Array.from(retrieved);
    retrievedFractions.push({ n, fractions });
    const finite = (alpha: number) => (Number.isFinite(alpha) ? alpha : Number.NaN);
    breakdown.push({ n, alpha: finite(breakdownAlpha(spec.alphas, overlaps, spec.threshold)) });
    breakdownMedian.push({ n, alpha: finite(breakdownAlpha(spec.alphas, fractions, 0.5)) });
  }
  const plot = join(options.runDir, 'overlap.svg');
  writeFileAtomic(plot, overlapPlotSvg(curves, spec.threshold));
  return {
    task: 'hopfield-capacity',
    name: spec.name,
    method: 'hebbian-zero-temperature',
    seed: spec.seed,
    sizes: spec.sizes,
    alphas: spec.alphas,
    trials: spec.trials,
    flipFraction: spec.flipFraction,
    threshold: spec.threshold,
    curves,
    /** Per N, the fraction of trials whose final overlap reaches the threshold, per alpha. */
    retrievedFractions,
    /** Per N, where the mean overlap first falls below the threshold (NaN: it never does on this grid). */
    breakdown,
    /** Per N, where the fraction of retrieving trials first falls below 1/2. */
    breakdownMedian,
    theory: { alphaC: 0.138, source: 'Amit, Gutfreund & Sompolinsky 1985' },
    plot,
    summary: `breakdown load ${breakdown.map((b) => `${b.alpha.toFixed(3)} at N = ${b.n}`).join(', ')} (AGS: 0.138); plot ${plot}`,
  };
}

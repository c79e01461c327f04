/**
 * The hopfield-capacity task: for each network size N, `trials` independent networks (each
 * from its own stream, unit id = size index * trials + trial), the retrieval curve over the
 * spec's loads (core/models/hopfield-retrieval.ts), averaged over trials in trial order; the
 * breakdown load per N; and `overlap.svg` in the run folder. A trial at N = 1000 takes about a
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
  let done = 0;
  for (let s = 0; s < spec.sizes.length; s++) {
    const n = spec.sizes[s];
    const mean = new Float64Array(spec.alphas.length);
    for (let t = 0; t < spec.trials; t++) {
      const rng = streamRng(spec.seed, HOPFIELD_CAPACITY_PURPOSE, s * spec.trials + t);
      const curve = retrievalCurve({ n, alphas: spec.alphas, trials: 1, rng, flipFraction: spec.flipFraction });
      for (let a = 0; a < mean.length; a++) mean[a] += curve[a] / spec.trials;
      events.progress(++done, total, `N = ${n}, trial ${t + 1}`);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const overlaps = Array.from(mean);
    curves.push({ n, alphas: [...spec.alphas], overlaps });
    const alpha = breakdownAlpha(spec.alphas, overlaps, spec.threshold);
    breakdown.push({ n, alpha: Number.isFinite(alpha) ? alpha : Number.NaN });
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
    /** Per N, where the mean overlap first falls below the threshold (NaN: it never does on this grid). */
    breakdown,
    theory: { alphaC: 0.138, source: 'Amit, Gutfreund & Sompolinsky 1985' },
    plot,
    summary: `breakdown load ${breakdown.map((b) => `${b.alpha.toFixed(3)} at N = ${b.n}`).join(', ')} (AGS: 0.138); plot ${plot}`,
  };
}

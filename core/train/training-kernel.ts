/**
 * What a training kernel provides, for one parameter set: the statistics of binary rows and
 * block Gibbs on them. Implementations: the float64 TypeScript reference (rbm-gibbs-kernel.ts)
 * and the float32 WebAssembly kernel (worker-side, assembly/rbm-train.ts), tested against it.
 */
import type { Rng } from '../rng/rng.js';
import { accumulateStatistics, blockGibbs, gibbsWorkspace } from './rbm-gibbs-kernel.js';
import type { RbmParams } from './rbm-params.js';
import type { Statistics } from './statistics.js';

export interface PreparedKernel {
  /** Adds sum v P(h|v)^T, sum v, sum P(h|v) over `rows` binary rows of v to `out`. */
  accumulate(v: Uint8Array, rows: number, out: Statistics): void;
  /** k block-Gibbs steps on each row of v, in place, drawing from rng. */
  gibbs(rng: Rng, v: Uint8Array, rows: number, k: number): void;
}

export type TrainingKernel = (params: RbmParams) => PreparedKernel;

/** The float64 reference kernel. */
export const referenceKernel: TrainingKernel = (params) => {
  const ws = gibbsWorkspace(params);
  return {
    accumulate: (v, rows, out) => accumulateStatistics(params, ws, v, rows, out),
    gibbs: (rng, v, rows, k) => blockGibbs(params, ws, rng, v, rows, k),
  };
};

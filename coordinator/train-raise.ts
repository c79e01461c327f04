/**
 * The lower side of the test log-likelihood sandwich for a trained RBM: RAISE (Burda, Grosse &
 * Salakhutdinov 2015, core/ais/reverse-ais.ts) from the first `raise.examples` test examples,
 * walking the same schedule and base-rate path as forward AIS. It runs in the coordinator's
 * thread on the WebAssembly kernel (100 examples x 14,500 temperatures is ~2 CPU minutes),
 * in blocks of examples, each block from its own stream (seed, 'train.raise', block), so the
 * result does not depend on timing. The upper side is forward AIS's log Z_hat applied to the
 * same examples: mean(-F(v)) - log Z_hat.
 */
import type { AisEstimate } from '../core/ais/ais-estimate.js';
import { logLikSandwich, runRaise, type RaiseOutput } from '../core/ais/reverse-ais.js';
import type { ReferenceSpec } from '../core/models/model.js';
import type { Rbm } from '../core/models/rbm.js';
import type { RbmPath } from '../core/models/rbm/rbm-path.js';
import { streamRng } from '../core/rng/rng.js';
import type { TrainSpec } from '../experiments/train-spec.js';
import { coordinatorRbmAisInstantiate as rbmAisInstantiate } from './rbm-ais-module.js';
import type { TaskContext } from './task.js';
import type { BinaryRows } from './train-data.js';

/** Examples per block: the unit of progress and of random streams. */
export const RAISE_BLOCK = 10;

export interface RaiseSandwichInput {
  model: Rbm;
  reference: ReferenceSpec;
  betas: Float64Array;
  rows: BinaryRows;
  /** Forward AIS's estimate of log Z. */
  estimate: AisEstimate;
  spec: TrainSpec;
  context: TaskContext<TrainSpec>;
}

export async function raiseSandwich(input: RaiseSandwichInput): Promise<Record<string, unknown>> {
  const { model, reference, betas, rows, estimate, spec, context } = input;
  const { examples: wanted, chainsPerExample } = spec.evaluation.raise;
  const sampler = spec.evaluation.ais.sampler;
  const count = Math.min(wanted, rows.rows);
  if (count === 0) return {};
  let path = model.temperedPath(reference) as RbmPath;
  if (sampler === 'gibbs-wasm') path = path.withWasm(rbmAisInstantiate());
  const nv = rows.nv;
  const blocks = Math.ceil(count / RAISE_BLOCK);
  const all: RaiseOutput = { logProbs: new Float64Array(count), logUnnormalised: new Float64Array(count) };
  for (let k = 0; k < blocks; k++) {
    const from = k * RAISE_BLOCK;
    const to = Math.min(count, from + RAISE_BLOCK);
    const out = runRaise({
      path,
      data: rows.values.subarray(from * nv, to * nv),
      chainsPerExample,
      betas,
      sweeps: 1,
      rng: streamRng(spec.seed, 'train.raise', k),
      chainOptions: { sampler },
    });
    all.logProbs.set(out.logProbs, from);
    all.logUnnormalised.set(out.logUnnormalised, from);
    context.events.progress(k + 1, blocks, 'RAISE');
    // Let the runtime's messages through between blocks.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const s = logLikSandwich(all, estimate);
  return {
    testLogLikLower: s.lower,
    testLogLikLowerStderr: s.lowerStderr,
    testLogLikUpper: s.upper,
    testLogLikUpperStderr: s.upperStderr,
    testLogLikGap: s.gap,
    sandwichExamples: count,
    raiseChainsPerExample: chainsPerExample,
    raiseBetas: betas.length,
  };
}

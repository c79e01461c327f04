/**
 * Visible biases for the base-rate reference of RBM AIS (Salakhutdinov & Murray 2008): a
 * model with W = 0 and hidden biases 0 whose visibles match the marginals of the target, so
 * the path starts near where it ends. The raw visible biases of a trained model are a poor
 * base: the hidden units shift the marginals, and AIS from there misses log Z by many nats.
 */
import type { Rng } from '../../rng/rng.js';
import type { Rbm } from '../rbm.js';
import { RbmChains } from './rbm-chains.js';

/** logit((count_i + pseudo) / (total + 2 pseudo)): the smoothed marginals as logits. */
export function logitsOfSmoothedMarginals(counts: ArrayLike<number>, total: number, pseudoCount: number): Float64Array {
  const out = new Float64Array(counts.length);
  for (let i = 0; i < counts.length; i++) {
    const p = (counts[i] + pseudoCount) / (total + 2 * pseudoCount);
    out[i] = Math.log(p) - Math.log1p(-p);
  }
  return out;
}

/**
 * Base rates from binary data: `data` holds rows x nv values, each 0 or 1. The pseudo-count
 * (default 1) keeps units that are never (or always) on at a finite logit.
 */
export function baseRatesFromData(data: Uint8Array, nv: number, pseudoCount = 1): Float64Array {
  if (nv < 1 || data.length % nv !== 0) throw new RangeError(`data length ${data.length} is not a multiple of nv = ${nv}`);
  if (!(pseudoCount > 0)) throw new RangeError(`pseudoCount must be > 0, got ${pseudoCount}`);
  const rows = data.length / nv;
  const counts = new Float64Array(nv);
  for (let r = 0; r < rows; r++) {
    const off = r * nv;
    for (let i = 0; i < nv; i++) counts[i] += data[off + i];
  }
  return logitsOfSmoothedMarginals(counts, rows, pseudoCount);
}

export interface ModelSampleOptions {
  /** Independent Gibbs chains, started uniformly at random (default 50). */
  chains?: number;
  /** Gibbs sweeps per chain (default 200); the first half is burn-in. */
  sweeps?: number;
  /** Pseudo-count for smoothing the sampled marginals (default 1). */
  pseudoCount?: number;
}

/**
 * Base rates when no data is at hand: the visible marginals of a short block-Gibbs run of
 * the model itself, from uniform random starts, averaged over the second half of the run.
 */
export function baseRatesFromModelSamples(model: Rbm, rng: Rng, options: ModelSampleOptions = {}): Float64Array {
  const chainsCount = options.chains ?? 50;
  const sweeps = options.sweeps ?? 200;
  const pseudoCount = options.pseudoCount ?? 1;
  const nv = model.nv;
  const chains = new RbmChains(model, new Float64Array(nv), chainsCount);
  chains.drawReference(rng);
  const burnIn = Math.floor(sweeps / 2);
  chains.advance(rng, 1, burnIn);
  const counts = new Float64Array(nv);
  let total = 0;
  for (let s = burnIn; s < sweeps; s++) {
    chains.advance(rng, 1, 1);
    const v = chains.visible;
    for (let c = 0; c < chainsCount; c++) {
      const off = c * nv;
      for (let i = 0; i < nv; i++) counts[i] += v[off + i];
    }
    total += chainsCount;
  }
  return logitsOfSmoothedMarginals(counts, total, pseudoCount);
}

/**
 * The negative phase from tempered chains (PT-PCD; Desjardins, Courville, Bengio, Vincent,
 * Delalleau 2010, "Tempered Markov chain Monte Carlo for training of restricted Boltzmann
 * machines"). Each persistent particle is a ladder of R visible states at inverse temperatures
 * beta_0 < ... < beta_{R-1} = 1 of p_beta(v, h) ∝ exp(-beta E(v, h)). Per update every replica
 * takes k block-Gibbs steps at its temperature, neighbours propose swaps with the marginal
 *   log p*_beta(v) = beta b.v + sum_j softplus(beta (c_j + (W^T v)_j)),
 * in both parities (even pairs, then odd: the deterministic even-odd scheme of Syed et al.
 * 2021), and the statistics come from the replicas at beta = 1. Hot replicas cross the
 * energy barriers that trap plain PCD particles and hand their states down the ladder.
 *
 * Layout: particles[(ladder * R + r) * nv + i], the replica at temperature index r. Swaps
 * move states between temperature slots of one ladder.
 */
import { softplus } from '../math/logspace.js';
import type { Rng } from '../rng/rng.js';
import type { RbmParams } from './rbm-params.js';
import type { Statistics } from './statistics.js';
import type { TrainingKernel } from './training-kernel.js';

/** The ladder: R temperatures evenly spaced from `minBeta` to 1. */
export function temperingLadder(replicas: number, minBeta: number): Float64Array {
  const betas = new Float64Array(replicas);
  for (let r = 0; r < replicas; r++) betas[r] = replicas === 1 ? 1 : minBeta + ((1 - minBeta) * r) / (replicas - 1);
  return betas;
}

function scaled(params: RbmParams, beta: number): RbmParams {
  const scale = (a: Float64Array) => a.map((x) => beta * x);
  return { nv: params.nv, nh: params.nh, W: scale(params.W), b: scale(params.b), c: scale(params.c) };
}

/** a = c + W^T v (a sum of W's rows at active units) and b.v, for the row at `offset`. */
function activations(params: RbmParams, v: Uint8Array, offset: number, a: Float64Array): number {
  const { nv, nh, W, b, c } = params;
  a.set(c);
  let bv = 0;
  for (let i = 0; i < nv; i++) {
    if (v[offset + i] === 0) continue;
    bv += b[i];
    const row = i * nh;
    for (let j = 0; j < nh; j++) a[j] += W[row + j];
  }
  return bv;
}

function logMarginal(beta: number, bv: number, a: Float64Array): number {
  let sum = beta * bv;
  for (let j = 0; j < a.length; j++) sum += softplus(beta * a[j]);
  return sum;
}

/**
 * Advances `ladders` tempered particles in place and adds the negative statistics of their
 * beta = 1 replicas to `out`. Swap proposals draw from `rng` after all Gibbs steps, so the
 * stream's use is fixed by (ladders, R, k).
 */
export function temperedNegativePhase(
  params: RbmParams,
  kernel: TrainingKernel,
  betas: Float64Array,
  particles: Uint8Array,
  ladders: number,
  k: number,
  rng: Rng,
  out: Statistics,
): void {
  const { nv, nh } = params;
  const R = betas.length;
  if (particles.length !== ladders * R * nv) throw new RangeError(`tempered particles: ${particles.length} values, expected ${ladders} x ${R} x ${nv}`);
  const slot = new Uint8Array(ladders * nv);
  const gather = (r: number) => {
    for (let l = 0; l < ladders; l++) slot.set(particles.subarray((l * R + r) * nv, (l * R + r + 1) * nv), l * nv);
  };
  const scatter = (r: number) => {
    for (let l = 0; l < ladders; l++) particles.set(slot.subarray(l * nv, (l + 1) * nv), (l * R + r) * nv);
  };
  // Local moves: every temperature slot of every ladder, k block-Gibbs steps at its beta.
  for (let r = 0; r < R; r++) {
    gather(r);
    kernel(betas[r] === 1 ? params : scaled(params, betas[r])).gibbs(rng, slot, ladders, k);
    scatter(r);
  }
  // Swaps between neighbouring temperatures, even pairs then odd pairs.
  const a = Array.from({ length: R }, () => new Float64Array(nh));
  const bv = new Float64Array(R);
  const row = new Uint8Array(nv);
  for (let l = 0; l < ladders; l++) {
    for (let r = 0; r < R; r++) bv[r] = activations(params, particles, (l * R + r) * nv, a[r]);
    for (let parity = 0; parity < 2; parity++) {
      for (let r = parity; r + 1 < R; r += 2) {
        const lo = betas[r];
        const hi = betas[r + 1];
        const logAccept =
          logMarginal(lo, bv[r + 1], a[r + 1]) + logMarginal(hi, bv[r], a[r]) - logMarginal(lo, bv[r], a[r]) - logMarginal(hi, bv[r + 1], a[r + 1]);
        if (logAccept >= 0 || rng.nextDouble() < Math.exp(logAccept)) {
          const x = (l * R + r) * nv;
          const y = x + nv;
          row.set(particles.subarray(x, x + nv));
          particles.copyWithin(x, y, y + nv);
          particles.set(row, y);
          const t = a[r];
          a[r] = a[r + 1];
          a[r + 1] = t;
          const s = bv[r];
          bv[r] = bv[r + 1];
          bv[r + 1] = s;
        }
      }
    }
  }
  gather(R - 1);
  kernel(params).accumulate(slot, ladders, out);
}

/**
 * The denoising posterior with a learned pairwise prior (pairwise-prior.ts): still the Ising
 * model with observations of ising-posterior.ts (Geman & Geman 1984),
 *   E(s) = -sum_i (b_i + h t_i) s_i - sum_e J_e s_a(e) s_b(e),   t_i = 2 y_i - 1,
 * but with a field per pixel and a coupling per bond of any stencil. The kernels walk the bond
 * adjacency, so any neighbourhood works; the scan is systematic in pixel order (a valid Gibbs
 * scan for any graph, no colouring needed).
 *
 * Rao-Blackwellisation (Gelfand & Smith 1990; Liu, Wong & Kong 1994): when pixel i is
 * updated, P(s_i = +1 | rest) = sigmoid(2 beta g_i) is known exactly; averaging it instead of
 * the drawn 0/1 value estimates the same marginal (the state before each single-site update is
 * a draw from the posterior once the chain is stationary) with a smaller variance.
 */
import { sigmoid } from '../math/logspace.js';
import type { Rng } from '../rng/rng.js';
import type { PairwisePrior } from './pairwise-prior.js';

export interface SparseDenoiseProblem {
  prior: PairwisePrior;
  /** The noisy image y, 0/1 per pixel. */
  observed: Uint8Array;
  /** Strength of the data term ((1/2) log((1 - p) / p) for flips of rate p). */
  h: number;
}

/** The local field g_i: the pixel's prior field, the data term, and the couplings to its neighbours. */
function localField(problem: SparseDenoiseProblem, s: Int8Array, i: number): number {
  const { field, coupling, bonds } = problem.prior;
  const { start, neighbour, bondOf } = bonds;
  let g = field[i] + problem.h * (2 * problem.observed[i] - 1);
  for (let m = start[i]; m < start[i + 1]; m++) g += coupling[bondOf[m]] * s[neighbour[m]];
  return g;
}

export function sparsePosteriorEnergy(problem: SparseDenoiseProblem, s: Int8Array): number {
  const { field, coupling, bonds } = problem.prior;
  let energy = 0;
  for (let i = 0; i < s.length; i++) energy -= (field[i] + problem.h * (2 * problem.observed[i] - 1)) * s[i];
  for (let e = 0; e < coupling.length; e++) energy -= coupling[e] * s[bonds.bondA[e]] * s[bonds.bondB[e]];
  return energy;
}

/**
 * One systematic heat-bath sweep at inverse temperature beta: P(s_i = +1 | rest) =
 * sigmoid(2 beta g_i). When `conditionalSum` is given, each pixel's conditional probability
 * (before its draw) is added to it: the Rao-Blackwellised marginal estimator's running sum.
 */
export function sparseHeatBathSweep(problem: SparseDenoiseProblem, s: Int8Array, beta: number, rng: Rng, conditionalSum?: Float64Array): void {
  for (let i = 0; i < s.length; i++) {
    const p = sigmoid(2 * beta * localField(problem, s, i));
    if (conditionalSum) conditionalSum[i] += p;
    s[i] = rng.nextDouble() < p ? 1 : -1;
  }
}

/** Iterated conditional modes (Besag 1986) to a fixed point; returns the sweeps taken. */
export function sparseIcm(problem: SparseDenoiseProblem, s: Int8Array, maxSweeps = 100): number {
  for (let sweep = 1; sweep <= maxSweeps; sweep++) {
    let changes = 0;
    for (let i = 0; i < s.length; i++) {
      const g = localField(problem, s, i);
      const target = g > 0 ? 1 : g < 0 ? -1 : s[i];
      if (target !== s[i]) {
        s[i] = target;
        changes++;
      }
    }
    if (changes === 0) return sweep;
  }
  return maxSweeps;
}

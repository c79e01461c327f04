/**
 * The two forms of the Ising denoising posterior, behind one set of kernel entry points so the
 * estimators (posterior mean, tempering, annealing) work on either: the homogeneous grid model
 * of ising-posterior.ts (one J, optional diagonal Jd, checkerboard scans) and the learned
 * pairwise prior of sparse-posterior.ts (a field per pixel and a coupling per bond).
 */
import type { Rng } from '../rng/rng.js';
import { checkerboardHeatBathSweep, icmToFixedPoint, posteriorEnergy, type IsingDenoiseProblem } from './ising-posterior.js';
import { sparseHeatBathSweep, sparseIcm, sparsePosteriorEnergy, type SparseDenoiseProblem } from './sparse-posterior.js';

export type DenoiseProblem = IsingDenoiseProblem | SparseDenoiseProblem;

export function isSparseProblem(problem: DenoiseProblem): problem is SparseDenoiseProblem {
  return !('rows' in problem);
}

/** One heat-bath sweep at inverse temperature beta; adds each P(s_i = +1 | rest) to conditionalSum when given. */
export function heatBathSweep(problem: DenoiseProblem, s: Int8Array, beta: number, rng: Rng, conditionalSum?: Float64Array): void {
  if (isSparseProblem(problem)) sparseHeatBathSweep(problem, s, beta, rng, conditionalSum);
  else checkerboardHeatBathSweep(problem, s, beta, rng, conditionalSum);
}

export function denoiseEnergy(problem: DenoiseProblem, s: Int8Array): number {
  return isSparseProblem(problem) ? sparsePosteriorEnergy(problem, s) : posteriorEnergy(problem, s);
}

/** ICM to a fixed point (Besag 1986). */
export function descendToLocalMinimum(problem: DenoiseProblem, s: Int8Array): void {
  if (isSparseProblem(problem)) sparseIcm(problem, s);
  else icmToFixedPoint(problem, s);
}

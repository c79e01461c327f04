/**
 * A learned pairwise Ising prior over binary images: a field b_i per pixel and a coupling J_e
 * per bond of a stencil (grid-bonds.ts), fitted to clean training images by maximum
 * pseudo-likelihood (Besag 1975; pseudo-likelihood.ts) with L-BFGS (lbfgs.ts). Used as the
 * prior of the denoising posterior in sparse-posterior.ts.
 */
import { gridBonds, type BondOffset, type GridBonds } from './grid-bonds.js';
import { minimizeLbfgs } from './lbfgs.js';
import { negativeLogPseudoLikelihood, parameterCount, patternTable, type PseudoLikelihoodPenalty } from './pseudo-likelihood.js';

export interface PairwisePrior {
  bonds: GridBonds;
  /** b_i, length sites. */
  field: Float64Array;
  /** J_e, length bonds. */
  coupling: Float64Array;
}

export interface PriorFit {
  prior: PairwisePrior;
  /** Negative mean log-pseudo-likelihood per image at the optimum, penalty included. */
  objective: number;
  iterations: number;
  evaluations: number;
  gradientMax: number;
  converged: boolean;
  /** Distinct (pixel, neighbourhood) patterns the objective runs over. */
  patterns: number;
}

export interface FitPriorInput {
  rows: number;
  cols: number;
  offsets: readonly BondOffset[];
  /** Clean 0/1 images, row-major, `count` of them back to back. */
  images: Uint8Array;
  count: number;
  penalty: PseudoLikelihoodPenalty;
  /** L-BFGS iterations at most; default 300. */
  maxIterations?: number;
  /** Stop when the gradient's largest component is below this; default 1e-4 (the fitted
   * couplings then agree with a fit to 1e-6 to about 1e-3, far below what denoising resolves). */
  gradientTolerance?: number;
}

export function fitPairwisePrior(input: FitPriorInput): PriorFit {
  const bonds = gridBonds(input.rows, input.cols, input.offsets);
  const table = patternTable(bonds, input.images, input.count);
  const result = minimizeLbfgs(
    (theta, gradient) => negativeLogPseudoLikelihood(table, input.penalty, theta, gradient),
    new Float64Array(parameterCount(bonds)),
    { maxIterations: input.maxIterations ?? 300, gradientTolerance: input.gradientTolerance ?? 1e-4, relativeTolerance: 1e-12 },
  );
  return {
    prior: { bonds, field: result.x.slice(0, bonds.sites), coupling: result.x.slice(bonds.sites) },
    objective: result.value,
    iterations: result.iterations,
    evaluations: result.evaluations,
    gradientMax: result.gradientMax,
    converged: result.converged,
    patterns: table.code.length,
  };
}

/** Mean coupling per stencil offset: a summary of what the prior learnt, direction by direction. */
export function meanCouplingByOffset(prior: PairwisePrior, offsets: number): number[] {
  const sum = new Float64Array(offsets);
  const count = new Float64Array(offsets);
  for (let e = 0; e < prior.coupling.length; e++) {
    sum[prior.bonds.bondOffset[e]] += prior.coupling[e];
    count[prior.bonds.bondOffset[e]]++;
  }
  return Array.from(sum, (s, k) => (count[k] > 0 ? s / count[k] : 0));
}

/**
 * Maximum pseudo-likelihood for the learned denoising prior (core/denoise/pseudo-likelihood.ts,
 * pairwise-prior.ts, lbfgs.ts): the gradient against finite differences, L-BFGS on a function
 * with a known minimum, and recovery of the fields and couplings of a 12-spin Ising model from
 * exact samples, within the estimator's own (sandwich) standard error.
 */
import { describe, expect, it } from 'vitest';
import { BOND_STENCILS, gridBonds } from '../../../core/denoise/grid-bonds.js';
import { minimizeLbfgs } from '../../../core/denoise/lbfgs.js';
import { fitPairwisePrior } from '../../../core/denoise/pairwise-prior.js';
import { negativeLogPseudoLikelihood, parameterCount, patternTable } from '../../../core/denoise/pseudo-likelihood.js';
import { logSumExp } from '../../../core/math/logspace.js';
import { streamRng } from '../../../core/rng/rng.js';

const rows = 3;
const cols = 4;
const n = rows * cols;
const bonds = gridBonds(rows, cols, BOND_STENCILS.diagonal); // 17 nearest + 12 diagonal bonds
const P = parameterCount(bonds);
const truth = Float64Array.from({ length: P }, (_, k) => (k < n ? 0.4 * Math.sin(3 * k + 1) : 0.5 * Math.cos(2 * k)));

/** Exact i.i.d. samples of p(s) ~ exp(sum b_i s_i + sum_e J_e s_a s_b) by inverse CDF over all 2^12 states. */
function exactSamples(count: number): Uint8Array {
  const logW = new Float64Array(2 ** n);
  for (let code = 0; code < logW.length; code++) {
    const s = (i: number) => ((code >>> i) & 1 ? 1 : -1);
    let e = 0;
    for (let i = 0; i < n; i++) e += truth[i] * s(i);
    for (let b = 0; b < bonds.bondA.length; b++) e += truth[n + b] * s(bonds.bondA[b]) * s(bonds.bondB[b]);
    logW[code] = e;
  }
  const logZ = logSumExp(logW);
  const cdf = new Float64Array(logW.length);
  let acc = 0;
  for (let code = 0; code < logW.length; code++) cdf[code] = acc += Math.exp(logW[code] - logZ);
  const rng = streamRng(7, 'test.pl-samples', 0);
  const images = new Uint8Array(count * n);
  for (let k = 0; k < count; k++) {
    const u = rng.nextDouble() * acc;
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    for (let i = 0; i < n; i++) images[k * n + i] = (lo >>> i) & 1;
  }
  return images;
}

/** Solves A x = b in place by Gauss-Jordan with partial pivoting (A is P x P, row-major). */
function solve(A: Float64Array[], b: Float64Array): Float64Array {
  const m = A.map((row) => Float64Array.from(row));
  const x = Float64Array.from(b);
  for (let c = 0; c < x.length; c++) {
    let pivot = c;
    for (let r = c + 1; r < x.length; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
    [m[c], m[pivot]] = [m[pivot], m[c]];
    [x[c], x[pivot]] = [x[pivot], x[c]];
    for (let r = 0; r < x.length; r++) {
      if (r === c) continue;
      const f = m[r][c] / m[c][c];
      for (let k = c; k < x.length; k++) m[r][k] -= f * m[c][k];
      x[r] -= f * x[c];
    }
  }
  return x.map((v, r) => v / m[r][r]);
}

describe('pseudo-likelihood fitting of a pairwise Ising prior', () => {
  it('the gradient matches central finite differences of the objective (catches a coupling counted from one end only)', () => {
    const table = patternTable(bonds, exactSamples(500), 500);
    const penalty = { couplingL2: 0.01, fieldL2: 0.02 };
    const theta = Float64Array.from(truth, (v, k) => v + 0.1 * Math.sin(k));
    const gradient = new Float64Array(P);
    negativeLogPseudoLikelihood(table, penalty, theta, gradient);
    const scratch = new Float64Array(P);
    for (let k = 0; k < P; k++) {
      const eps = 1e-5;
      const plus = Float64Array.from(theta);
      const minus = Float64Array.from(theta);
      plus[k] += eps;
      minus[k] -= eps;
      const numeric = (negativeLogPseudoLikelihood(table, penalty, plus, scratch) - negativeLogPseudoLikelihood(table, penalty, minus, scratch)) / (2 * eps);
      expect(Math.abs(gradient[k] - numeric)).toBeLessThan(1e-7);
    }
    // The pattern table keeps every image: each pixel's counts add up to the number of images.
    for (let i = 0; i < n; i++) expect(table.count.subarray(table.first[i], table.first[i + 1]).reduce((a, c) => a + c, 0)).toBe(500);
  });

  it('L-BFGS finds the minimum of the Rosenbrock function and of a badly scaled quadratic', () => {
    const rosen = minimizeLbfgs((x, g) => {
      g[0] = -2 * (1 - x[0]) - 400 * x[0] * (x[1] - x[0] * x[0]);
      g[1] = 200 * (x[1] - x[0] * x[0]);
      return (1 - x[0]) ** 2 + 100 * (x[1] - x[0] * x[0]) ** 2;
    }, Float64Array.from([-1.2, 1]), { gradientTolerance: 1e-9, relativeTolerance: 0 });
    expect(rosen.converged).toBe(true);
    expect(Math.abs(rosen.x[0] - 1)).toBeLessThan(1e-6);
    expect(Math.abs(rosen.x[1] - 1)).toBeLessThan(1e-6);
    const scales = Float64Array.from({ length: 50 }, (_, i) => 10 ** ((2 * i) / 49)); // condition number 100
    const quad = minimizeLbfgs((x, g) => {
      let f = 0;
      for (let i = 0; i < x.length; i++) {
        g[i] = scales[i] * (x[i] - i);
        f += 0.5 * scales[i] * (x[i] - i) ** 2;
      }
      return f;
    }, new Float64Array(50), { gradientTolerance: 1e-8, relativeTolerance: 0 });
    expect(quad.converged).toBe(true);
    for (let i = 0; i < 50; i++) expect(Math.abs(quad.x[i] - i)).toBeLessThan(1e-6);
  });

  it('recovers the fields and couplings of a 12-spin model from 20,000 exact samples, within 4 sandwich standard errors', () => {
    const N = 20000;
    const images = exactSamples(N);
    // A negligible penalty: the fit is the plain pseudo-likelihood estimator, whose sampling
    // covariance is H^-1 V H^-1 / N (the sandwich: H the Hessian of the mean objective, V the
    // covariance of one image's score; Besag 1975, Varin, Reid & Firth 2011).
    const penalty = { couplingL2: 1e-9, fieldL2: 1e-9 };
    const fit = fitPairwisePrior({ rows, cols, offsets: BOND_STENCILS.diagonal, images, count: N, penalty, gradientTolerance: 1e-8 });
    // At the optimum to well below the standard errors (~0.01): the gradient is flat there.
    expect(fit.gradientMax).toBeLessThan(1e-6);
    const estimate = Float64Array.from([...fit.prior.field, ...fit.prior.coupling]);
    const table = patternTable(bonds, images, N);
    // H by central differences of the analytic gradient.
    const H: Float64Array[] = [];
    const gPlus = new Float64Array(P);
    const gMinus = new Float64Array(P);
    for (let k = 0; k < P; k++) {
      const plus = Float64Array.from(estimate);
      const minus = Float64Array.from(estimate);
      plus[k] += 1e-5;
      minus[k] -= 1e-5;
      negativeLogPseudoLikelihood(table, penalty, plus, gPlus);
      negativeLogPseudoLikelihood(table, penalty, minus, gMinus);
      H.push(gPlus.map((v, j) => (v - gMinus[j]) / 2e-5));
    }
    // V from each image's own score (a one-image table per image).
    const V = Array.from({ length: P }, () => new Float64Array(P));
    const score = new Float64Array(P);
    for (let k = 0; k < N; k++) {
      negativeLogPseudoLikelihood(patternTable(bonds, images.subarray(k * n, (k + 1) * n), 1), { couplingL2: 0, fieldL2: 0 }, estimate, score);
      for (let a = 0; a < P; a++) for (let b = 0; b < P; b++) V[a][b] += (score[a] * score[b]) / N;
    }
    // Column j of H^-1 V H^-1 is H^-1 (V H^-1 e_j); only the diagonal is needed.
    const Hinv = Array.from({ length: P }, (_, j) => solve(H, Float64Array.from({ length: P }, (_, i) => (i === j ? 1 : 0))));
    let worst = 0;
    for (let j = 0; j < P; j++) {
      const column = solve(H, Float64Array.from({ length: P }, (_, a) => V[a].reduce((s, v, b) => s + v * Hinv[j][b], 0)));
      const se = Math.sqrt(column[j] / N);
      // With 20,000 samples the standard errors are ~0.01; 4 se over 41 parameters fails by chance
      // with probability ~0.3%. A gradient that dropped one end's term of J_e would halve the
      // couplings (errors of 0.1-0.25, tens of se); a sign slip would flip them.
      expect(se).toBeLessThan(0.05);
      worst = Math.max(worst, Math.abs(estimate[j] - truth[j]) / se);
      expect(Math.abs(estimate[j] - truth[j])).toBeLessThan(4 * se);
    }
    expect(worst).toBeGreaterThan(0.5); // the errors are of the size the standard error says, not zero
  });
});

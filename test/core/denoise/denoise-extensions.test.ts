/**
 * The extensions of the Ising denoising posterior: diagonal bonds (four-colour heat bath), a
 * per-pixel prior field, and parallel tempering, each against exact enumeration on a 3 x 4 image.
 */
import { describe, expect, it } from 'vitest';
import { posteriorEnergy, type IsingDenoiseProblem } from '../../../core/denoise/ising-posterior.js';
import { pixelPriorField } from '../../../core/denoise/pixel-prior.js';
import { posteriorMean } from '../../../core/denoise/posterior-estimates.js';
import { posteriorMeanByTempering } from '../../../core/denoise/posterior-tempering.js';
import { streamRng } from '../../../core/rng/rng.js';
import { exactSpinMarginals } from './exact-marginals.js';

const rows = 3;
const cols = 4;
const n = rows * cols;
const observed = Uint8Array.from([1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 1, 0]);
const prior = Float64Array.from({ length: n }, (_, i) => 0.3 * Math.sin(i + 1));
const problem: IsingDenoiseProblem = { rows, cols, observed, J: 0.3, Jd: 0.25, h: 0.4, prior };

const exactMarginals = (p: IsingDenoiseProblem) => exactSpinMarginals(n, (s) => posteriorEnergy(p, s));

describe('Ising denoising: diagonal bonds, prior field, tempering', () => {
  const exact = exactMarginals(problem);

  it('the energy counts each diagonal bond once and the prior field with its sign', () => {
    const allUp = new Int8Array(n).fill(1);
    // 3 x 4 grid: 17 nearest-neighbour bonds, 12 diagonal bonds; data sum over t_i.
    const dataSum = observed.reduce((sum, y) => sum + (2 * y - 1), 0);
    const fieldSum = prior.reduce((sum, b) => sum + b, 0);
    expect(posteriorEnergy(problem, allUp)).toBeCloseTo(-0.3 * 17 - 0.25 * 12 - 0.4 * dataSum - fieldSum, 12);
  });

  it('Gibbs with diagonal bonds and a prior field matches the exact marginals (catches a two-colour scan with diagonal bonds, a missing field)', () => {
    const { marginals } = posteriorMean({ problem, rng: streamRng(1, 'test.denoise8', 0), burnIn: 100, samples: 40000 });
    // sd of each marginal ~0.005 over 40,000 correlated sweeps; dropping the diagonal bonds or
    // the field moves some marginal by more than 0.05 (checked on this instance).
    for (let i = 0; i < n; i++) expect(Math.abs(marginals[i] - exact[i])).toBeLessThan(0.02);
    const withoutDiagonal = exactMarginals({ ...problem, Jd: 0 });
    expect(Math.max(...exact.map((m, i) => Math.abs(m - withoutDiagonal[i])))).toBeGreaterThan(0.05);
  });

  it('parallel tempering targets the same posterior on its beta = 1 replica', () => {
    const result = posteriorMeanByTempering({ problem, rng: streamRng(1, 'test.denoise-pt', 0), burnIn: 100, samples: 30000 });
    // A swap rule with the wrong sign of (beta_a - beta_b)(E_a - E_b) would pull the beta = 1
    // replica towards the hot ones and flatten the marginals towards 1/2 by well over 0.02.
    for (let i = 0; i < n; i++) expect(Math.abs(result.marginals[i] - exact[i])).toBeLessThan(0.02);
    for (const rate of result.swapAcceptance) expect(rate).toBeGreaterThan(0.3);
  });

  it('the prior field is half the logit of the ink frequency, times the scale, clamped at 1%', () => {
    const images = Uint8Array.from([1, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0]); // 4 images of 3 pixels
    const field = pixelPriorField(images, 4, 3, 2);
    expect(field[0]).toBeCloseTo(Math.log(0.75 / 0.25), 12);
    expect(field[1]).toBeCloseTo(Math.log(0.01 / 0.99), 12);
    expect(field[2]).toBeCloseTo(0, 12);
  });
});

/**
 * The denoising posterior with a learned pairwise prior (core/denoise/sparse-posterior.ts via
 * denoise-problem.ts): the Rao-Blackwellised Gibbs marginals and the tempering marginals against
 * exact enumeration on a 3 x 4 image with an inhomogeneous knight's-move prior, within their own
 * batch-means standard errors; the sparse energy against the homogeneous one; prior files.
 */
import { describe, expect, it } from 'vitest';
import { denoiseEnergy, type DenoiseProblem } from '../../../core/denoise/denoise-problem.js';
import { BOND_STENCILS, gridBonds } from '../../../core/denoise/grid-bonds.js';
import { imageToSpins, posteriorEnergy } from '../../../core/denoise/ising-posterior.js';
import { mapByAnnealing, posteriorMean } from '../../../core/denoise/posterior-estimates.js';
import { posteriorMeanByTempering } from '../../../core/denoise/posterior-tempering.js';
import { priorFromJson, priorToJson } from '../../../core/denoise/prior-file.js';
import type { SparseDenoiseProblem } from '../../../core/denoise/sparse-posterior.js';
import { InputError } from '../../../core/errors.js';
import { streamRng } from '../../../core/rng/rng.js';
import { exactSpinMarginals } from './exact-marginals.js';

const rows = 3;
const cols = 4;
const n = rows * cols;
const bonds = gridBonds(rows, cols, BOND_STENCILS.knight);
const observed = Uint8Array.from([1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 1, 0]);
const problem: SparseDenoiseProblem = {
  prior: {
    bonds,
    field: Float64Array.from({ length: n }, (_, i) => 0.3 * Math.sin(i + 1)),
    // Mixed signs and sizes, as pseudo-likelihood fits give (negative diagonals on Fashion-MNIST).
    coupling: Float64Array.from({ length: bonds.bondA.length }, (_, e) => 0.45 * Math.cos(1.7 * e)),
  },
  observed,
  h: 0.5,
};

const exactMarginals = (p: DenoiseProblem) => exactSpinMarginals(n, (s) => denoiseEnergy(p, s));

describe('Ising denoising with a learned pairwise prior', () => {
  const exact = exactMarginals(problem);

  it('the knight stencil bonds each pixel to every pixel within distance sqrt(5), once', () => {
    // 3 x 4: 17 nearest, 12 diagonal, 6 + 4 two steps along rows and columns, 14 knight's moves.
    expect(bonds.bondA.length).toBe(17 + 12 + 10 + 14);
    const seen = new Set<string>();
    for (let e = 0; e < bonds.bondA.length; e++) {
      const [a, b] = [bonds.bondA[e], bonds.bondB[e]];
      const d2 = (Math.floor(a / cols) - Math.floor(b / cols)) ** 2 + ((a % cols) - (b % cols)) ** 2;
      expect(d2).toBeLessThanOrEqual(5);
      expect(seen.has(`${a},${b}`)).toBe(false);
      seen.add(`${a},${b}`);
    }
  });

  it('with constant couplings on the nearest stencil, the sparse energy is the homogeneous one', () => {
    const near = gridBonds(rows, cols, BOND_STENCILS.nearest);
    const field = Float64Array.from({ length: n }, (_, i) => 0.2 * Math.cos(i));
    const sparse: SparseDenoiseProblem = { prior: { bonds: near, field, coupling: new Float64Array(near.bondA.length).fill(0.7) }, observed, h: 0.4 };
    const homogeneous = { rows, cols, observed, J: 0.7, h: 0.4, prior: field };
    for (let code = 0; code < 2 ** n; code += 37) {
      const s = Int8Array.from({ length: n }, (_, i) => ((code >>> i) & 1 ? 1 : -1));
      expect(denoiseEnergy(sparse, s)).toBeCloseTo(posteriorEnergy(homogeneous, s), 12);
    }
  });

  it('Rao-Blackwellised Gibbs marginals match the exact posterior marginals within 4 of their batch-means standard errors', () => {
    const result = posteriorMean({ problem, rng: streamRng(1, 'test.denoise-learned', 0), burnIn: 100, samples: 20000, batches: 25 });
    for (let i = 0; i < n; i++) {
      // se ~0.002-0.004 here; a field or coupling read from the wrong bond, or a missing
      // factor 2 in the heat-bath probability, moves marginals by 0.05 or more.
      expect(result.standardError[i]).toBeGreaterThan(0);
      expect(result.standardError[i]).toBeLessThan(0.01);
      expect(Math.abs(result.marginals[i] - exact[i])).toBeLessThan(4 * result.standardError[i]);
    }
    // The averaged conditionals are smoother than the averaged draws: on the same chain length,
    // plain 0/1 averaging would have se >= sqrt(m (1 - m) / samples) ~0.0035 at m = 1/2 without
    // autocorrelation; the Rao-Blackwellised se is below that bound for the most uncertain pixel.
    const k = exact.reduce((best, m, i) => (Math.abs(m - 0.5) < Math.abs(exact[best] - 0.5) ? i : best), 0);
    expect(result.standardError[k]).toBeLessThan(Math.sqrt((exact[k] * (1 - exact[k])) / 20000));
  });

  it('parallel tempering on the learned prior targets the same marginals', () => {
    const result = posteriorMeanByTempering({ problem, rng: streamRng(1, 'test.denoise-learned-pt', 0), burnIn: 100, samples: 8000 });
    for (let i = 0; i < n; i++) expect(Math.abs(result.marginals[i] - exact[i])).toBeLessThan(4 * result.standardError[i] + 1e-3);
  });

  it('annealing then ICM ends in a state no worse than the noisy image, and at a local minimum', () => {
    const map = mapByAnnealing({ problem, rng: streamRng(1, 'test.denoise-learned-map', 0) });
    const s = imageToSpins(map);
    const e = denoiseEnergy(problem, s);
    expect(e).toBeLessThanOrEqual(denoiseEnergy(problem, imageToSpins(observed)));
    for (let i = 0; i < n; i++) {
      s[i] = -s[i];
      expect(denoiseEnergy(problem, s)).toBeGreaterThanOrEqual(e - 1e-12);
      s[i] = -s[i];
    }
  });

  it('a prior survives its JSON file, and a bad file is named with its field', () => {
    const back = priorFromJson(JSON.parse(JSON.stringify(priorToJson(problem.prior, { seconds: 1 }))), 'prior.json');
    expect(Array.from(back.coupling)).toEqual(Array.from(problem.prior.coupling));
    expect(Array.from(back.field)).toEqual(Array.from(problem.prior.field));
    expect(back.bonds.offsets).toEqual(bonds.offsets);
    const bad = { ...priorToJson(problem.prior), coupling: [1, 2] };
    expect(() => priorFromJson(bad, 'p.json')).toThrow(InputError);
    expect(() => priorFromJson(bad, 'p.json')).toThrow(/p\.json: coupling: must be an array of 53 finite numbers/);
    expect(() => priorFromJson({ ...bad, format: 'x' }, 'p.json')).toThrow(/format/);
  });
});

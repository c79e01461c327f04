import { describe, expect, it } from 'vitest';
import { poeType, StudentTProduct } from '../../../core/models/student-t-poe.js';
import { runAisChains } from '../../../core/ais/ais-chains.js';
import { aisEstimate } from '../../../core/ais/ais-estimate.js';
import { sigmoidSchedule } from '../../../core/ais/schedule.js';
import { streamRng } from '../../../core/rng/rng.js';

function poe(json: Record<string, unknown>): StudentTProduct {
  return poeType.parse({ type: 'poe', experts: 'student-t', ...json }, 'poe.json') as StudentTProduct;
}

const oneD = poe({ d: 1, W: [[1.5], [-0.7]], alpha: [1, 2.5], sigma: 2 });
const twoD = poe({ d: 2, W: [[1, 0], [0.6, 0.8], [-0.5, 1.2]], alpha: [1, 1.5, 0.8], sigma: 3 });

/** Composite Simpson's rule on [-a, a] with m (even) intervals: independent of the trapezoid. */
function simpsonLogZ1d(model: StudentTProduct, a: number, m: number): number {
  const h = (2 * a) / m;
  const x = new Float64Array(1);
  let sum = 0;
  for (let k = 0; k <= m; k++) {
    x[0] = -a + k * h;
    const weight = k === 0 || k === m ? 1 : k % 2 ? 4 : 2;
    sum += weight * Math.exp(-model.energy(x));
  }
  return Math.log((sum * h) / 3);
}

describe('product of Student-t experts', () => {
  it('the gradient matches central finite differences of the energy', () => {
    const x = Float64Array.from([0.7, -1.3]);
    const g = new Float64Array(2);
    twoD.gradient(x, g);
    for (let i = 0; i < 2; i++) {
      const up = Float64Array.from(x);
      const down = Float64Array.from(x);
      up[i] += 1e-6;
      down[i] -= 1e-6;
      expect(g[i]).toBeCloseTo((twoD.energy(up) - twoD.energy(down)) / 2e-6, 7);
    }
  });

  it('quadrature log Z: the Gaussian limit exactly, Simpson in 1D, and a refined grid in 2D', () => {
    const gaussian = poe({ d: 2, W: [[0, 0]], sigma: 1.7 });
    expect(gaussian.exactLogZ().logZ).toBeCloseTo(Math.log(2 * Math.PI * 1.7 * 1.7), 12);
    expect(oneD.exactLogZ().logZ).toBeCloseTo(simpsonLogZ1d(oneD, 20, 200000), 9);
    expect(twoD.quadratureLogZ(2)).toBeCloseTo(twoD.exactLogZ().logZ, 10);
  });

  for (const [label, model, sampler] of [
    ['d = 1, MALA', oneD, 'mala'],
    ['d = 2, MALA', twoD, 'mala'],
    ['d = 2, random-walk Metropolis', twoD, 'rwm'],
  ] as const) {
    it(`AIS from the Gaussian base is within 4 standard errors of quadrature (${label})`, () => {
      // A wrong MALA correction term, a wrong log Z0 or a wrong logRatio sign shifts log Z
      // by far more than 4 standard errors at 300 chains.
      const path = model.temperedPath();
      const { logWeights } = runAisChains({ path, betas: sigmoidSchedule(200), chains: 300, sweeps: 3, rng: streamRng(9, 'ais.chain', 0), chainOptions: { sampler } });
      const est = aisEstimate(logWeights, path.logZ0);
      expect(est.ess).toBeGreaterThan(30);
      expect(Math.abs(est.logZ - model.exactLogZ().logZ)).toBeLessThan(4 * est.stderr + 1e-3);
    });
  }

  it('MALA at b = 1 accepts most proposals and reproduces E[|x|^2] from quadrature (d = 1)', () => {
    // E[x^2] by Simpson on the same grid as above.
    const x = new Float64Array(1);
    let z = 0;
    let m2 = 0;
    for (let k = 0; k <= 40000; k++) {
      x[0] = -20 + k * 0.001;
      const w = Math.exp(-oneD.energy(x));
      z += w;
      m2 += w * x[0] * x[0];
    }
    const chains = oneD.temperedPath().createChains(200);
    const rng = streamRng(3, 'test', 0);
    chains.drawReference(rng);
    chains.advance(rng, 1, 50);
    const norms = new Float64Array(200);
    let sum = 0;
    const sweeps = 200;
    for (let t = 0; t < sweeps; t++) {
      chains.advance(rng, 1, 1);
      chains.observe('norm', norms);
      for (let c = 0; c < 200; c++) sum += norms[c] ** 2;
    }
    // 40,000 correlated draws of a heavy-ish tailed x^2: a relative error of 10% is ~5 sd.
    expect(Math.abs(sum / (200 * sweeps) / (m2 / z) - 1)).toBeLessThan(0.1);
  });

  it('refuses bad files with the field named', () => {
    expect(() => poeType.parse({ type: 'poe', experts: 'gaussian', d: 1, W: [[1]], sigma: 1 }, 'p.json')).toThrow(/p\.json: experts/);
    expect(() => poe({ d: 2, W: [[1]], sigma: 1 })).toThrow(/W\[0\]/);
    expect(() => poe({ d: 1, W: [[1]], alpha: [-1], sigma: 1 })).toThrow(/alpha\[0\]/);
    expect(() => poe({ d: 1, W: [[1]], sigma: 0 })).toThrow(/sigma/);
  });
});

import { describe, expect, it } from 'vitest';
import { flipNoiseField, flipPixels, imageToSpins, pixelErrors, posteriorEnergy, type IsingDenoiseProblem } from '../../../core/denoise/ising-posterior.js';
import { mapByAnnealing, posteriorMean } from '../../../core/denoise/posterior-estimates.js';
import { logSumExp } from '../../../core/math/logspace.js';
import { streamRng } from '../../../core/rng/rng.js';

/** A 48 x 48 scene: a disk and a rectangle on a clear background. */
function syntheticScene(): { image: Uint8Array; rows: number; cols: number } {
  const rows = 48;
  const cols = 48;
  const image = new Uint8Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const inDisk = (r - 16) ** 2 + (c - 15) ** 2 <= 100;
      const inRect = r >= 26 && r < 42 && c >= 22 && c < 44;
      image[r * cols + c] = inDisk || inRect ? 1 : 0;
    }
  }
  return { image, rows, cols };
}

/** A 28 x 28 T-shirt silhouette in the manner of Fashion-MNIST class 0: body, sleeves, neck. */
function shirtShape(): { image: Uint8Array; rows: number; cols: number } {
  const rows = 28;
  const cols = 28;
  const image = new Uint8Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const body = r >= 4 && r < 26 && c >= 8 && c < 20;
      const sleeves = r >= 4 && r < 12 && c >= 3 && c < 25 && r - 4 >= Math.abs(c - 13.5) - 10.5 - 4;
      const neck = r < 7 && c >= 12 && c < 16;
      image[r * cols + c] = (body || sleeves) && !neck ? 1 : 0;
    }
  }
  return { image, rows, cols };
}

describe('Ising denoising', () => {
  it('Gibbs marginals match exact posterior marginals on a 3 x 4 image (catches a wrong heat-bath field)', () => {
    const rows = 3;
    const cols = 4;
    const observed = Uint8Array.from([1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 1, 0]);
    const problem: IsingDenoiseProblem = { rows, cols, observed, J: 0.6, h: 0.4 };
    const n = rows * cols;
    const logW = new Float64Array(2 ** n);
    const s = new Int8Array(n);
    for (let code = 0; code < logW.length; code++) {
      for (let i = 0; i < n; i++) s[i] = (code >>> i) & 1 ? 1 : -1;
      logW[code] = -posteriorEnergy(problem, s);
    }
    const logZ = logSumExp(logW);
    const exact = new Float64Array(n);
    for (let code = 0; code < logW.length; code++) {
      const p = Math.exp(logW[code] - logZ);
      for (let i = 0; i < n; i++) if ((code >>> i) & 1) exact[i] += p;
    }
    const { marginals } = posteriorMean({ problem, rng: streamRng(1, 'test.denoise', 0), burnIn: 100, samples: 40000 });
    // 40,000 sweeps of a 12-pixel chain: sd of each marginal ~0.005; a missing factor 2 in the
    // heat-bath probability moves marginals by > 0.05.
    for (let i = 0; i < n; i++) expect(Math.abs(marginals[i] - exact[i])).toBeLessThan(0.02);
  });

  for (const [label, scene] of [['synthetic scene', syntheticScene()], ['Fashion-MNIST-like shirt', shirtShape()]] as const) {
    it(`${label}: at 10% flips the posterior-mean estimate has at most a third of the noisy image's errors`, () => {
      const p = 0.1;
      const noisy = flipPixels(scene.image, p, streamRng(2, 'test.noise', 0));
      const problem: IsingDenoiseProblem = { rows: scene.rows, cols: scene.cols, observed: noisy, J: 0.8, h: flipNoiseField(p) };
      const before = pixelErrors(noisy, scene.image);
      const { estimate } = posteriorMean({ problem, rng: streamRng(3, 'test.denoise', 0) });
      const after = pixelErrors(estimate, scene.image);
      expect(before).toBeGreaterThan(0.07 * scene.image.length);
      expect(after).toBeLessThanOrEqual(before / 3);
      const map = mapByAnnealing({ problem, rng: streamRng(4, 'test.anneal', 0) });
      expect(pixelErrors(map, scene.image)).toBeLessThanOrEqual(before / 3);
      // Annealing finds a state at least as good as the noisy image and the truth under E.
      const eMap = posteriorEnergy(problem, imageToSpins(map));
      expect(eMap).toBeLessThan(posteriorEnergy(problem, imageToSpins(noisy)));
      expect(eMap).toBeLessThanOrEqual(posteriorEnergy(problem, imageToSpins(scene.image)) + 1e-9);
    });
  }

  it('the flip-noise field is (1/2) log((1-p)/p)', () => {
    expect(flipNoiseField(0.1)).toBeCloseTo(0.5 * Math.log(9), 14);
    expect(() => flipNoiseField(0.6)).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { batchMeans } from '../../../core/stats/batch-means.js';
import { streamRng } from '../../../core/rng/rng.js';

/** An AR(1) series x_t = phi x_{t-1} + e_t: tau = (1 + phi) / (1 - phi), var x = 1 / (1 - phi^2). */
function ar1(n: number, phi: number, seed: number): Float64Array {
  const rng = streamRng(seed, 'test.ar1', 0);
  const out = new Float64Array(n);
  let x = rng.nextGaussian() / Math.sqrt(1 - phi * phi);
  for (let t = 0; t < n; t++) {
    x = phi * x + rng.nextGaussian();
    out[t] = x;
  }
  return out;
}

describe('batchMeans', () => {
  it('gives sd / sqrt(n) and tau near 1 on an uncorrelated series', () => {
    const n = 1 << 14;
    const r = batchMeans(ar1(n, 0, 1));
    // Catches a batch-size search that runs away on white noise (stderr too large).
    expect(r.stderr / (1 / Math.sqrt(n))).toBeGreaterThan(0.85);
    expect(r.stderr / (1 / Math.sqrt(n))).toBeLessThan(1.3);
    expect(r.plateaued).toBe(true);
    expect(r.tau).toBeLessThan(1.7);
  });

  it('recovers the standard error and tau of a strongly correlated AR(1) series', () => {
    const n = 1 << 17;
    const phi = 0.9;
    const tau = (1 + phi) / (1 - phi);
    const exactStderr = Math.sqrt(tau / (1 - phi * phi) / n);
    // Averaged over 4 independent series, so the check is not at the mercy of one draw. The
    // naive (unbatched) error would be sqrt(19) = 4.4 times too small: that is the bug caught.
    let ratio = 0;
    let tauSum = 0;
    for (let seed = 1; seed <= 4; seed++) {
      const r = batchMeans(ar1(n, phi, seed));
      ratio += r.stderr / exactStderr / 4;
      tauSum += r.tau / 4;
      expect(r.plateaued).toBe(true);
    }
    expect(ratio).toBeGreaterThan(0.85);
    expect(ratio).toBeLessThan(1.25);
    expect(tauSum / tau).toBeGreaterThan(0.75);
    expect(tauSum / tau).toBeLessThan(1.5);
  });

  it('reports the mean, a zero error for a constant series, and no plateau when the series is too short', () => {
    expect(batchMeans([2, 2, 2, 2]).stderr).toBe(0);
    expect(batchMeans([1, 2, 3, 4]).mean).toBe(2.5);
    expect(batchMeans([5]).stderr).toBe(Number.POSITIVE_INFINITY);
    // A series far shorter than its correlation time cannot show a plateau.
    expect(batchMeans(ar1(64, 0.99, 2)).plateaued).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { Rng, streamRng } from '../../../core/rng/rng.js';

describe('streamRng', () => {
  it('is reproducible: the same (seed, purpose, unit) gives the same stream', () => {
    const a = streamRng(42, 'ais.chains', 7);
    const b = streamRng(42, 'ais.chains', 7);
    for (let i = 0; i < 1000; i++) expect(a.nextU32()).toBe(b.nextU32());
  });

  it('gives different streams for different seeds, purposes and unit ids', () => {
    const first = (rng: Rng) => Array.from({ length: 8 }, () => rng.nextU32()).join(',');
    const streams = new Set([
      first(streamRng(1, 'ais.chains', 0)),
      first(streamRng(2, 'ais.chains', 0)),
      first(streamRng(1, 'pt.swaps', 0)),
      first(streamRng(1, 'ais.chains', 1)),
      first(streamRng(1, 'ais.chains', 2 ** 32)), // high word of the unit id counts too
    ]);
    expect(streams.size).toBe(5);
  });

  it('has uniform floats: mean and variance within 5 standard errors of 1/2 and 1/12', () => {
    // Catches a biased or truncated conversion from 32-bit words to [0, 1).
    const rng = streamRng(3, 'test', 0);
    const n = 200_000;
    let sum = 0;
    let sumSq = 0;
    for (let i = 0; i < n; i++) {
      const u = rng.nextFloat();
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
      sumSq += u * u;
    }
    const mean = sum / n;
    expect(Math.abs(mean - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(sumSq / n - mean * mean - 1 / 12)).toBeLessThan(5 * Math.sqrt(1 / 180 / n));
  });

  it('draws integers uniformly: chi-square over 10 bins below the 0.999 quantile', () => {
    // Catches modulo bias or an off-by-one range in nextInt.
    const rng = streamRng(4, 'test', 0);
    const counts = new Array(10).fill(0);
    const n = 100_000;
    for (let i = 0; i < n; i++) counts[rng.nextInt(10)]++;
    const chi2 = counts.reduce((s, c) => s + (c - n / 10) ** 2 / (n / 10), 0);
    expect(chi2).toBeLessThan(27.88); // chi-square, 9 degrees of freedom, 0.999 quantile
  });

  it('saves and restores its state', () => {
    const rng = streamRng(5, 'test', 0);
    rng.nextU32();
    const saved = rng.saveState();
    const next = [rng.nextU32(), rng.nextU32()];
    rng.restoreState(saved);
    expect([rng.nextU32(), rng.nextU32()]).toEqual(next);
  });

  it('refuses seeds that are not non-negative integers', () => {
    expect(() => streamRng(-1, 'x', 0)).toThrow(RangeError);
    expect(() => streamRng(1.5, 'x', 0)).toThrow(RangeError);
  });
});

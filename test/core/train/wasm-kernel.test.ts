/**
 * The float32 WebAssembly kernel (assembly/rbm-train.ts, built by `npm run build`) against the
 * float64 TypeScript reference: the same statistics up to float32 rounding, the same Gibbs
 * draws (it runs the same generator on the same stream), and the exact model moments.
 */
import { describe, expect, it } from 'vitest';
import { streamRng } from '../../../core/rng/rng.js';
import { shardStatistics } from '../../../core/train/shard-statistics.js';
import { emptyStatistics } from '../../../core/train/statistics.js';
import { referenceKernel } from '../../../core/train/training-kernel.js';
import { trainingKernel } from '../../../worker/training-kernels.js';
import { exactModelMoments, tinyRbm } from './tiny-rbm.js';

const wasm = trainingKernel('wasm-f32');

function randomRows(rows: number, nv: number, seed: number): Uint8Array {
  const rng = streamRng(seed, 'test.rows', 0);
  return Uint8Array.from({ length: rows * nv }, () => (rng.nextFloat() < 0.4 ? 1 : 0));
}

describe('wasm-f32 training kernel', () => {
  // Sizes that are not multiples of 4 or 16 exercise the SIMD loops' tails.
  const p = tinyRbm(53, 37, 0.3, 4);
  const rows = 40;
  const data = randomRows(rows, p.nv, 1);

  it('gives the reference statistics to float32 accuracy', () => {
    const ref = emptyStatistics(p.nv, p.nh);
    const f32 = emptyStatistics(p.nv, p.nh);
    referenceKernel(p).accumulate(data, rows, ref);
    wasm(p).accumulate(data, rows, f32);
    expect(f32.rows).toBe(rows);
    // 40 terms in [0, 1] summed in float32: rounding error below 40 * 2^-23 ~ 5e-6; 1e-4 is
    // far below any error of logic (a dropped row or unit moves a sum by about 0.5).
    for (let q = 0; q < ref.w.length; q++) expect(Math.abs(f32.w[q] - ref.w[q])).toBeLessThan(1e-4);
    for (let i = 0; i < p.nv; i++) expect(f32.b[i]).toBe(ref.b[i]);
    for (let j = 0; j < p.nh; j++) expect(Math.abs(f32.c[j] - ref.c[j])).toBeLessThan(1e-4);
  });

  it('adds to statistics that already hold sums', () => {
    const once = emptyStatistics(p.nv, p.nh);
    wasm(p).accumulate(data, rows, once);
    const twice = emptyStatistics(p.nv, p.nh);
    const k = wasm(p);
    k.accumulate(data, rows, twice);
    k.accumulate(data, rows, twice);
    expect(twice.rows).toBe(2 * rows);
    for (let q = 0; q < once.w.length; q++) expect(twice.w[q]).toBe(2 * once.w[q]);
  });

  it('draws the same Gibbs samples from the same stream (bar float32 ties) and leaves the stream in the same state', () => {
    const a = Uint8Array.from(data);
    const b = Uint8Array.from(data);
    const ra = streamRng(5, 'test.gibbs', 0);
    const rb = streamRng(5, 'test.gibbs', 0);
    referenceKernel(p).gibbs(ra, a, rows, 3);
    wasm(p).gibbs(rb, b, rows, 3);
    expect(Array.from(rb.s)).toEqual(Array.from(ra.s));
    let differ = 0;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differ++;
    // A bit differs only when a uniform falls between the float32 and float64 probability
    // (about 1e-7 apart) and the chains then diverge; a wrong conditional differs in ~half.
    expect(differ / a.length).toBeLessThan(0.02);
    expect(a.some((x, i) => x !== data[i])).toBe(true);
  });

  it('PCD-30 on the wasm kernel matches the exact model expectation within 5 standard errors', () => {
    const tiny = tinyRbm();
    const exact = exactModelMoments(tiny);
    const chains = 20000;
    const start = randomRows(chains, tiny.nv, 2);
    const out = shardStatistics({ params: tiny, method: 'pcd', k: 30, data: new Uint8Array(0), particles: start, rng: streamRng(2, 'test.gibbs', 0), kernel: wasm });
    const neg = out.negative!;
    for (let q = 0; q < exact.w.length; q++) {
      const se = Math.sqrt(Math.max(exact.w[q] * (1 - exact.w[q]), 1e-4) / chains);
      expect(Math.abs(neg.w[q] / chains - exact.w[q])).toBeLessThan(5 * se);
    }
  });
});

/**
 * filters.png and samples.png of a trained RBM (coordinator/train-images.ts) on a 4x4 model
 * whose samples are known: with W = 0 and visible biases +-20 the model puts all its mass on
 * one checkerboard, so every Gibbs sample must be that pattern (catches samples taken from
 * the base-rate start instead of the model, or tiles transposed); filter j must be column j
 * of W scaled by its largest |w| (catches rows and columns of W mixed up).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Rbm } from '../../core/models/rbm.js';
import { writeTrainImages } from '../../coordinator/train-images.js';
import { tempDir } from '../support/cli.js';

describe('train images', () => {
  it('writes filters and samples as PNG files and ImageGrid results', () => {
    const nv = 16;
    const nh = 3;
    const W = new Float64Array(nv * nh);
    W[5 * nh + 1] = 0.5; // unit 1 looks at pixel 5 only
    W[2 * nh + 2] = -0.25;
    W[9 * nh + 2] = 0.125;
    const checker = Array.from({ length: nv }, (_, i) => ((i >> 2) + i) % 2);
    const b = Float64Array.from(checker, (x) => (x === 1 ? 20 : -20));
    const model = new Rbm(nv, nh, W, b, new Float64Array(nh), 'checker');
    const dir = tempDir('ebm-train-images-');
    const out = writeTrainImages(model, new Float64Array(nv), dir, { filters: 100, samples: 8, sweeps: 5, seed: 1 }) as Record<string, { data: number[]; count: number; width: number }>;
    expect(out.filters.count).toBe(3);
    expect(out.filters.width).toBe(4);
    expect(out.filters.data[1 * nv + 5]).toBe(1);
    expect(out.filters.data[2 * nv + 2]).toBe(-1);
    expect(out.filters.data[2 * nv + 9]).toBe(0.5);
    expect(out.filters.data.slice(0, nv).every((x) => x === 0)).toBe(true);
    expect(out.samples.count).toBe(8);
    for (let c = 0; c < 8; c++) expect(out.samples.data.slice(c * nv, (c + 1) * nv)).toEqual(checker);
    for (const name of ['filters.png', 'samples.png']) {
      const png = readFileSync(join(dir, name));
      expect(Array.from(png.subarray(0, 8))).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    }
  });

  it('writes nothing for non-square images', () => {
    const model = new Rbm(6, 2, new Float64Array(12), new Float64Array(6), new Float64Array(2), 'flat');
    expect(writeTrainImages(model, new Float64Array(6), tempDir('ebm-train-images-'), { filters: 2, samples: 2, sweeps: 1, seed: 1 })).toEqual({});
  });
});

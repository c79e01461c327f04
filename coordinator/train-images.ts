/**
 * Pictures of a trained RBM for the run folder and the report: filters.png (the weight vector
 * of each of the first hidden units as a tile, each tile scaled to its own range so weak and
 * strong filters are both visible) and samples.png (visible states after a long Gibbs run of
 * the model, from the data base rates). Only for square images (nv = side^2: 28x28 Fashion-
 * MNIST, 4x4 bars and stripes). The grids also go into the result in the shape report/ reads
 * (ImageGrid), so writeReport shows them.
 */
import { join } from 'node:path';
import { encodePngGray8 } from '../core/io/png.js';
import { imageGrid } from '../core/io/image-grid.js';
import type { Rbm } from '../core/models/rbm.js';
import type { RbmPath } from '../core/models/rbm/rbm-path.js';
import { streamRng } from '../core/rng/rng.js';
import { coordinatorRbmAisInstantiate as rbmAisInstantiate } from './rbm-ais-module.js';
import { writeFileAtomic } from './atomic-file.js';

export interface TrainImagesOptions {
  /** Hidden units shown as filters (the first ones). */
  filters: number;
  /** Gibbs chains, one sample each, and their sweeps at the model (b = 1). */
  samples: number;
  sweeps: number;
  seed: number;
}

export const TRAIN_IMAGES_DEFAULTS: Omit<TrainImagesOptions, 'seed'> = { filters: 100, samples: 100, sweeps: 1000 };

/** ImageGrid-shaped (report/run-result.ts) filters and samples, plus the PNG files written. */
export function writeTrainImages(model: Rbm, baseBias: Float64Array, runDir: string, options: TrainImagesOptions): Record<string, unknown> {
  const { nv, nh, W } = model;
  const side = Math.round(Math.sqrt(nv));
  if (side * side !== nv) return {};
  const nf = Math.min(options.filters, nh);
  // Each filter normalised to [-1, 1] by its largest |w|, rounded to keep result.json small.
  const filters = new Array<number>(nf * nv);
  for (let j = 0; j < nf; j++) {
    let max = 0;
    for (let i = 0; i < nv; i++) max = Math.max(max, Math.abs(W[i * nh + j]));
    for (let i = 0; i < nv; i++) filters[j * nv + i] = max > 0 ? Math.round((W[i * nh + j] / max) * 1000) / 1000 : 0;
  }
  const path = (model.temperedPath({ kind: 'base-rate', visibleBias: Array.from(baseBias) }) as RbmPath).withWasm(rbmAisInstantiate());
  const chains = path.createChains(options.samples, { sampler: 'gibbs-wasm' });
  const rng = streamRng(options.seed, 'train.samples', 0);
  chains.drawReference(rng);
  chains.advance(rng, 1, options.sweeps);
  const samples = Array.from(chains.saveState());
  const filtersImage = imageGrid(filters, nf, side, side, { lo: -1, hi: 1 });
  const samplesImage = imageGrid(samples, options.samples, side, side, { lo: 0, hi: 1 });
  writeFileAtomic(join(runDir, 'filters.png'), encodePngGray8(filtersImage.width, filtersImage.height, filtersImage.pixels));
  writeFileAtomic(join(runDir, 'samples.png'), encodePngGray8(samplesImage.width, samplesImage.height, samplesImage.pixels));
  return {
    filters: { data: filters, width: side, height: side, count: nf, range: [-1, 1] },
    samples: { data: samples, width: side, height: side, count: options.samples, range: [0, 1] },
    filtersPng: 'filters.png',
    samplesPng: 'samples.png',
    samplesSweeps: options.sweeps,
  };
}

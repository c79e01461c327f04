/**
 * The training data of a train run, as binary rows (rows x nv, 0/1): bars and stripes from
 * core/data/, Fashion-MNIST and other IDX files through coordinator/datasets.ts, binarised as
 * the spec says.
 */
import { dirname, resolve } from 'node:path';
import { barsAndStripes } from '../core/data/bars-and-stripes.js';
import { binarizeBySampling, binarizeByThreshold } from '../core/data/binarize.js';
import type { ImageSet } from '../core/data/dataset.js';
import { InputError } from '../core/errors.js';
import { streamRng } from '../core/rng/rng.js';
import type { TrainSpec } from '../experiments/train-spec.js';
import { loadFashionMnist, readIdxImages } from './datasets.js';

export interface BinaryRows {
  rows: number;
  nv: number;
  /** rows x nv, 0/1. */
  values: Uint8Array;
}

export interface TrainingData {
  train: BinaryRows;
  /** Held-out rows for the final evaluation, when the dataset has them. */
  test?: BinaryRows;
  /** The distinct patterns of a generated dataset (bars and stripes), for exact evaluation. */
  patterns?: BinaryRows;
  description: string;
}

function repeatRows(x: BinaryRows, copies: number): BinaryRows {
  const values = new Uint8Array(x.values.length * copies);
  for (let k = 0; k < copies; k++) values.set(x.values, k * x.values.length);
  return { rows: x.rows * copies, nv: x.nv, values };
}

/** Threshold t in [0, 1] on intensities pixel / 255: v = 1 where pixel / 255 > t. */
function binarize(images: ImageSet, spec: TrainSpec['data']['binarization'], stream: number): BinaryRows {
  const set =
    spec.kind === 'threshold'
      ? binarizeByThreshold(images, Math.floor(spec.threshold * 255) + 1)
      : binarizeBySampling(images, streamRng(spec.seed, 'data.binarize', stream));
  return { rows: set.rows, nv: set.size, values: set.data };
}

function limitRows(x: BinaryRows, limit: number): BinaryRows {
  if (limit === 0 || limit >= x.rows) return x;
  return { rows: limit, nv: x.nv, values: x.values.slice(0, limit * x.nv) };
}

export function loadTrainingData(spec: TrainSpec, specFile: string): TrainingData {
  const d = spec.data;
  if (d.dataset === 'bars-stripes') {
    const set = barsAndStripes(d.side);
    const patterns = { rows: set.rows, nv: set.size, values: set.data };
    return { train: repeatRows(patterns, d.copies), patterns, description: `bars and stripes ${d.side}x${d.side}, ${patterns.rows} patterns x ${d.copies}` };
  }
  let train: ImageSet;
  let test: ImageSet | undefined;
  let source: string;
  if (d.dataset === 'fashion-mnist') {
    const fashion = loadFashionMnist(d.dir);
    [train, test, source] = [fashion.train.images, fashion.test.images, `Fashion-MNIST from ${fashion.dir}`];
  } else {
    if (!d.trainImages) throw new InputError(specFile, 'data.trainImages', 'is required for dataset idx');
    const trainFile = resolve(dirname(specFile), d.trainImages);
    train = readIdxImages(trainFile);
    test = d.testImages ? readIdxImages(resolve(dirname(specFile), d.testImages), { height: train.height, width: train.width }) : undefined;
    source = `IDX ${trainFile}`;
  }
  const out: TrainingData = {
    train: limitRows(binarize(train, d.binarization, 0), d.limit),
    description: `${source}, binarised by ${d.binarization.kind}`,
  };
  if (test) out.test = binarize(test, d.binarization, 1);
  return out;
}

/** Smoothed marginals (v_i = 1 frequency with a pseudo-count of one on each side). */
export function dataMarginals(x: BinaryRows): Float64Array {
  const m = new Float64Array(x.nv);
  for (let r = 0; r < x.rows; r++) for (let i = 0; i < x.nv; i++) m[i] += x.values[r * x.nv + i];
  for (let i = 0; i < x.nv; i++) m[i] = (m[i] + 1) / (x.rows + 2);
  return m;
}

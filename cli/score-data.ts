/**
 * The examples `ebm score` reads, as binary rows (rows x size, 0/1) with labels where known:
 *   fashion-mnist   Fashion-MNIST (coordinator/datasets.ts; --data-dir, --split train|test)
 *   bars-stripes    every bars-and-stripes pattern, side sqrt(model size)
 *   FILE.json       an array of states (arrays of unit values), used as they are
 *   FILE (IDX)      MNIST-format images, plain or gzip (labels from --labels FILE)
 * Images are binarised by threshold (on where grey >= 128) or by sampling v ~ Bernoulli(grey / 255)
 * with a seeded stream (core/data/binarize.ts).
 */
import { barsAndStripes } from '../core/data/bars-and-stripes.js';
import { binarizeBySampling, binarizeByThreshold } from '../core/data/binarize.js';
import type { ImageSet } from '../core/data/dataset.js';
import { IDX_IMAGES_MAGIC } from '../core/data/idx.js';
import { InputError } from '../core/errors.js';
import { parseJsonText } from '../core/models/model-file.js';
import { streamRng } from '../core/rng/rng.js';
import { FASHION_MNIST_DIR, loadFashionMnist, readIdxImages, readIdxLabels, readMaybeGzipped } from '../coordinator/datasets.js';

export interface ScoreDataOptions {
  split: 'train' | 'test';
  binarize: 'threshold' | 'sample';
  seed: number;
  dataDir?: string;
  labels?: string;
  limit?: number;
}

export interface ScoreData {
  rows: number;
  size: number;
  /** rows x size unit values. */
  values: Float64Array | Uint8Array;
  labels?: Uint8Array;
  description: string;
}

export function loadScoreData(source: string, modelSize: number, options: ScoreDataOptions): ScoreData {
  const data = readSource(source, modelSize, options);
  if (data.size !== modelSize) throw new InputError(source, 'size', `examples have ${data.size} values, the model's states have ${modelSize}`);
  const limit = options.limit ?? 0;
  if (limit > 0 && limit < data.rows) {
    return { ...data, rows: limit, values: data.values.subarray(0, limit * data.size), labels: data.labels?.subarray(0, limit), description: `${data.description}, first ${limit}` };
  }
  return data;
}

function readSource(source: string, modelSize: number, options: ScoreDataOptions): ScoreData {
  if (source === 'fashion-mnist') {
    const fashion = loadFashionMnist(options.dataDir ?? FASHION_MNIST_DIR);
    const part = fashion[options.split];
    return { ...binarized(part.images, options), labels: part.labels, description: `Fashion-MNIST ${options.split} split from ${fashion.dir}, binarised by ${options.binarize}` };
  }
  if (source === 'bars-stripes') {
    const side = Math.round(Math.sqrt(modelSize));
    if (side * side !== modelSize || side > 12) throw new InputError(source, 'size', `bars and stripes are square images; a model of ${modelSize} units is not one`);
    const set = barsAndStripes(side);
    return { rows: set.rows, size: set.size, values: set.data, description: `bars and stripes ${side}x${side}, all ${set.rows} patterns` };
  }
  const bytes = readMaybeGzipped(source);
  if (bytes.length >= 4 && new DataView(bytes.buffer, bytes.byteOffset).getUint32(0, false) === IDX_IMAGES_MAGIC) {
    const images = readIdxImages(source);
    const out: ScoreData = { ...binarized(images, options), description: `IDX ${source}, binarised by ${options.binarize}` };
    if (options.labels) {
      out.labels = readIdxLabels(options.labels);
      if (out.labels.length !== images.count) throw new InputError(options.labels, 'dimensions', `${out.labels.length} labels for the ${images.count} images of ${source}`);
    }
    return out;
  }
  return jsonRows(new TextDecoder().decode(bytes), source);
}

function binarized(images: ImageSet, options: ScoreDataOptions): { rows: number; size: number; values: Uint8Array } {
  const set = options.binarize === 'sample' ? binarizeBySampling(images, streamRng(options.seed, 'score.binarize', 0)) : binarizeByThreshold(images, 128);
  return { rows: set.rows, size: set.size, values: set.data };
}

function jsonRows(text: string, file: string): ScoreData {
  const json = parseJsonText(text, file);
  if (!Array.isArray(json) || json.length === 0 || !json.every(Array.isArray)) {
    throw new InputError(file, '(root)', 'expected a non-empty JSON array of states (arrays of unit values), an IDX images file, fashion-mnist or bars-stripes');
  }
  const rows = json.map((row) => (row as unknown[]).flat(Infinity));
  const size = rows[0].length;
  const values = new Float64Array(rows.length * size);
  rows.forEach((row, r) => {
    if (row.length !== size) throw new InputError(file, `[${r}]`, `has ${row.length} values, the first state has ${size}`);
    row.forEach((x, i) => {
      if (typeof x !== 'number') throw new InputError(file, `[${r}][${i}]`, `expected a number, got ${JSON.stringify(x)}`);
      values[r * size + i] = x;
    });
  });
  return { rows: rows.length, size, values, description: `${rows.length} states from ${file}` };
}

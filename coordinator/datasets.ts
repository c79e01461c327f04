/**
 * Loading data sets from disk: IDX files, plain or gzip-compressed, and Fashion-MNIST
 * (Xiao, Rasul & Vollgraf 2017) from the Debian package `dataset-fashion-mnist` or a
 * directory given with --data. Parsing and binarising are pure and live in core/data/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { InputError } from '../core/errors.js';
import type { ImageSet } from '../core/data/dataset.js';
import { parseIdxImages, parseIdxLabels } from '../core/data/idx.js';

/** Where `apt-get install dataset-fashion-mnist` puts the four files. */
export const FASHION_MNIST_DIR = '/usr/share/datasets/fashion-mnist';

const FASHION_FILES = {
  trainImages: 'train-images-idx3-ubyte',
  trainLabels: 'train-labels-idx1-ubyte',
  testImages: 't10k-images-idx3-ubyte',
  testLabels: 't10k-labels-idx1-ubyte',
} as const;

/** The bytes of a file, gunzipped when it starts with the gzip magic (1f 8b). */
export function readMaybeGzipped(path: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new InputError(path, '(file)', `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      return gunzipSync(bytes);
    } catch (err) {
      throw new InputError(path, '(gzip)', `not a valid gzip file: ${(err as Error).message}`);
    }
  }
  return bytes;
}

export function readIdxImages(path: string, expect?: { height: number; width: number }): ImageSet {
  return parseIdxImages(readMaybeGzipped(path), path, expect);
}

export function readIdxLabels(path: string): Uint8Array {
  return parseIdxLabels(readMaybeGzipped(path), path);
}

export interface LabelledImages {
  images: ImageSet;
  labels: Uint8Array;
}

export interface FashionMnist {
  train: LabelledImages;
  test: LabelledImages;
  /** The directory the files came from. */
  dir: string;
}

/** `name` in `dir`, plain or with .gz; undefined if neither exists. */
function findFile(dir: string, name: string): string | undefined {
  for (const candidate of [join(dir, name), join(dir, `${name}.gz`)]) if (existsSync(candidate)) return candidate;
  return undefined;
}

function readLabelled(dir: string, imagesName: string, labelsName: string): LabelledImages {
  const imagesPath = findFile(dir, imagesName)!;
  const labelsPath = findFile(dir, labelsName)!;
  const images = readIdxImages(imagesPath, { height: 28, width: 28 });
  const labels = readIdxLabels(labelsPath);
  if (labels.length !== images.count) throw new InputError(labelsPath, 'dimensions', `${labels.length} labels for the ${images.count} images of ${imagesPath}`);
  return { images, labels };
}

/**
 * Fashion-MNIST: 60,000 training and 10,000 test images of 28 x 28, with labels 0..9.
 * `dir` (from --data) defaults to the Debian package's directory.
 */
export function loadFashionMnist(dir: string = FASHION_MNIST_DIR): FashionMnist {
  const missing = Object.values(FASHION_FILES).filter((name) => findFile(dir, name) === undefined);
  if (missing.length > 0) {
    throw new InputError(
      dir,
      'data',
      `Fashion-MNIST not found (missing ${missing.join(', ')}, plain or .gz); install it with \`apt-get install dataset-fashion-mnist\` or pass --data DIR with the four IDX files`,
    );
  }
  return {
    train: readLabelled(dir, FASHION_FILES.trainImages, FASHION_FILES.trainLabels),
    test: readLabelled(dir, FASHION_FILES.testImages, FASHION_FILES.testLabels),
    dir,
  };
}

/**
 * One state of a model, read from a file (`ebm compare`). Three formats, told apart by content:
 *   JSON  an array of the model's unit values (0/1 for an RBM, -1/+1 for Ising spins), flat or
 *         as rows (nested arrays are read row-major); values are used as they are.
 *   PNG   an 8-bit image (png-decode.ts), thresholded at 128: on where grey >= 128.
 *   IDX   an MNIST-format image file (plain or gzip), image number --index K (0-based),
 *         thresholded at 128 like a PNG.
 * An image's pixel count must equal the model's size, and its rows x cols the model's
 * imageShape where it has one. On/off pixels become 1/0, or +1/-1 for spin models (a model
 * whose log density refuses the all-zero state).
 */
import { InputError } from '../core/errors.js';
import { IDX_IMAGES_MAGIC, parseIdxImages } from '../core/data/idx.js';
import type { Model } from '../core/models/model.js';
import { readMaybeGzipped } from '../coordinator/datasets.js';
import { parseJsonText } from '../core/models/model-file.js';
import { decodePngGray as decodePng, isPng } from './png-gray.js';

export const IMAGE_THRESHOLD = 128;

export function readStateFile(file: string, model: Model, index?: number): Float64Array {
  const bytes = readMaybeGzipped(file);
  if (isPng(bytes)) {
    if (index !== undefined) throw new InputError(file, '--index', 'applies to IDX files only; a PNG holds one image');
    const { width, height, pixels } = decodePng(bytes, file);
    return imageState(pixels, height, width, model, file);
  }
  if (bytes.length >= 4 && new DataView(bytes.buffer, bytes.byteOffset).getUint32(0, false) === IDX_IMAGES_MAGIC) {
    const images = parseIdxImages(bytes, file);
    if (index === undefined) throw new InputError(file, '--index', `an IDX file holds ${images.count} images; say which with --index K (0-based)`);
    if (index >= images.count) throw new InputError(file, '--index', `${index} is past the last image (${images.count} images, 0-based)`);
    const size = images.height * images.width;
    return imageState(images.pixels.subarray(index * size, (index + 1) * size), images.height, images.width, model, file);
  }
  if (index !== undefined) throw new InputError(file, '--index', 'applies to IDX files only');
  return jsonState(new TextDecoder().decode(bytes), model, file);
}

function jsonState(text: string, model: Model, file: string): Float64Array {
  const json = parseJsonText(text, file);
  if (!Array.isArray(json)) throw new InputError(file, '(root)', 'expected a JSON array of unit values (or a PNG / IDX image)');
  const flat = (json as unknown[]).flat(Infinity);
  const state = new Float64Array(flat.length);
  for (let i = 0; i < flat.length; i++) {
    if (typeof flat[i] !== 'number') throw new InputError(file, `[${i}]`, `expected a number, got ${JSON.stringify(flat[i])}`);
    state[i] = flat[i] as number;
  }
  checkState(model, state, file);
  return state;
}

function imageState(pixels: Uint8Array, height: number, width: number, model: Model, file: string): Float64Array {
  const shape = model.imageShape;
  if (shape ? shape[0] !== height || shape[1] !== width : height * width !== model.size) {
    const expected = shape ? `${shape[0]} x ${shape[1]}` : `${model.size} pixels`;
    throw new InputError(file, 'size', `the image is ${height} x ${width}, the model's states are ${expected}`);
  }
  const off = acceptsZero(model) ? 0 : -1;
  return Float64Array.from(pixels, (p) => (p >= IMAGE_THRESHOLD ? 1 : off));
}

function acceptsZero(model: Model): boolean {
  try {
    model.logDensityOf!(new Float64Array(model.size));
    return true;
  } catch (err) {
    if (err instanceof RangeError) return false;
    throw err;
  }
}

/** The model's own check (length, unit values), as an InputError naming the file. */
export function checkState(model: Model, state: Float64Array, file: string): void {
  try {
    model.logDensityOf!(state);
  } catch (err) {
    if (err instanceof RangeError) throw new InputError(file, 'values', err.message);
    throw err;
  }
}

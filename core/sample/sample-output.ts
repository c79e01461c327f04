/**
 * A sampling run in the formats people load: NPY arrays (observables as chains x draws,
 * states as chains x draws x state shape), JSON Lines with one record per draw, and a PNG
 * grid of image-shaped states. Pure: each returns bytes or text, the caller writes files.
 */
import { InputError } from '../errors.js';
import { imageGrid, type ImageGridOptions } from '../io/image-grid.js';
import { jsonLine } from '../io/json-lines.js';
import { encodeNpy } from '../io/npy.js';
import { encodePngGray8 } from '../io/png.js';
import type { ModelJson } from '../models/model.js';
import type { SampleSet } from './sample-unit.js';

/** Observable `name` as a chains x draws float64 array. */
export function observableNpy(set: SampleSet, name: string): Uint8Array {
  const k = set.observables.indexOf(name);
  if (k < 0) throw new RangeError(`no observable ${name} in these samples; they hold ${set.observables.join(', ')}`);
  return encodeNpy(set.series[k], [set.chains, set.draws]);
}

/**
 * The kept states as chains x draws x shape (default [stateSize]; [rows, cols] for images),
 * int8 / uint8 where the model's states are bytes, float64 otherwise.
 */
export function statesNpy(set: SampleSet, shape: readonly number[] = [set.stateSize]): Uint8Array {
  if (!set.states) throw new RangeError('these samples kept no states (keepStates was off)');
  if (shape.reduce((a, b) => a * b, 1) !== set.stateSize) throw new RangeError(`shape ${shape.join(' x ')} does not hold a state of ${set.stateSize} values`);
  return encodeNpy(set.states, [set.chains, set.draws, ...shape]);
}

/**
 * One JSON line per draw, chain by chain: {"chain": c, "draw": d, <observable>: value, ...,
 * "state": [...]} (the state only when kept and `includeStates` is not false).
 */
export function sampleJsonLines(set: SampleSet, includeStates = true): string {
  const parts: string[] = [];
  const n = set.stateSize;
  for (let c = 0; c < set.chains; c++) {
    for (let d = 0; d < set.draws; d++) {
      const i = c * set.draws + d;
      const record: Record<string, unknown> = { chain: c, draw: d };
      set.observables.forEach((name, k) => {
        record[name] = set.series[k][i];
      });
      if (includeStates && set.states) record.state = Array.from(set.states.subarray(i * n, (i + 1) * n));
      parts.push(jsonLine(record));
    }
  }
  return parts.join('');
}

export interface SampleGridOptions extends Omit<ImageGridOptions, 'columns'> {
  /** Draws shown per chain, evenly spaced and ending at the last; default min(draws, 8). */
  perChain?: number;
}

/**
 * A PNG grid of states as rows x cols images: one row of tiles per chain, `perChain` draws
 * across, so that both the samples and how much they change along a chain can be seen.
 */
export function samplesPng(set: SampleSet, rows: number, cols: number, options: SampleGridOptions = {}): Uint8Array {
  if (!set.states) throw new RangeError('these samples kept no states (keepStates was off)');
  if (rows * cols !== set.stateSize) throw new RangeError(`images of ${rows} x ${cols} do not hold a state of ${set.stateSize} values`);
  const perChain = Math.min(set.draws, options.perChain ?? 8);
  if (!Number.isSafeInteger(perChain) || perChain < 1) throw new RangeError(`perChain must be an integer >= 1, got ${options.perChain}`);
  const n = set.stateSize;
  const picked = set.states instanceof Float64Array ? new Float64Array(set.chains * perChain * n) : new Int16Array(set.chains * perChain * n);
  for (let c = 0; c < set.chains; c++) {
    for (let j = 0; j < perChain; j++) {
      // Evenly spaced, the last tile being the last draw.
      const d = set.draws - 1 - Math.floor(((perChain - 1 - j) * set.draws) / perChain);
      const from = (c * set.draws + d) * n;
      picked.set(set.states.subarray(from, from + n), (c * perChain + j) * n);
    }
  }
  const image = imageGrid(picked, set.chains * perChain, rows, cols, { ...options, columns: perChain });
  return encodePngGray8(image.width, image.height, image.pixels);
}

/** The formats a samples file can take, chosen by its extension. */
export type SampleFileFormat = 'npy' | 'jsonl' | 'png';

const EXTENSIONS: Record<string, SampleFileFormat> = { '.npy': 'npy', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.png': 'png' };

/** The format of `file` by its extension; an InputError naming the file and `field` otherwise. */
export function sampleFileFormat(file: string, field = 'out'): SampleFileFormat {
  const dot = file.lastIndexOf('.');
  const format = dot >= 0 ? EXTENSIONS[file.slice(dot).toLowerCase()] : undefined;
  if (!format) throw new InputError(file, field, `unknown samples format; name the file .npy (states), .jsonl (one draw per line) or .png (image grid)`);
  return format;
}

/**
 * The bytes of a samples file: states as NPY (shaped as images when `imageShape` is given),
 * JSON lines, or a PNG grid (which needs `imageShape`). The samples must have kept states.
 */
export function encodeSampleFile(set: SampleSet, format: SampleFileFormat, imageShape?: readonly [number, number]): Uint8Array {
  if (format === 'npy') return statesNpy(set, imageShape ?? [set.stateSize]);
  if (format === 'jsonl') return new TextEncoder().encode(sampleJsonLines(set));
  if (!imageShape) throw new RangeError('a PNG grid needs the image shape of a state');
  return samplesPng(set, imageShape[0], imageShape[1]);
}

/**
 * How states of `size` variables look as images, given the model file (model.size,
 * model.toJSON()): the file's own rows x cols where it has them (ising2d), else a square when
 * the size is a perfect square (an RBM on 28 x 28 images), else undefined (no PNG).
 */
export function imageShapeOf(size: number, json: ModelJson): [number, number] | undefined {
  if (typeof json.rows === 'number' && typeof json.cols === 'number' && json.rows * json.cols === size) return [json.rows, json.cols];
  const side = Math.round(Math.sqrt(size));
  return side * side === size ? [side, side] : undefined;
}

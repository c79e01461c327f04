/**
 * The parts of a run result (result.json, loosely typed) the report reads. Every field is
 * optional: a report shows what the run has and skips the rest, so results of older runs
 * and of methods added later still get a report.
 */

/** A grid of equally sized grey images: RBM filters (any sign) or samples (0..1 or 0..255). */
export interface ImageGrid {
  /** count * width * height values, image after image, row-major. */
  data: ArrayLike<number>;
  width: number;
  height: number;
  /** Number of images; default data.length / (width * height). */
  count?: number;
  /** Values mapped to black and white; default: [0, 255] for Uint8Array, else the data's min and max. */
  range?: [number, number];
}

/** A point on the AIS path: log Z(b) = log of the partition function at inverse temperature b. */
export interface PathPoint {
  beta: number;
  logZ: number;
}

/** The estimate as the run went on: after `chains` chains (AIS) or at round `round` (PT). */
export interface HistoryPoint {
  chains?: number;
  round?: number;
  logZ?: number;
  stderr?: number;
  /** Round trips completed during this round (PT); the report plots their running sum. */
  roundTrips?: number;
  /** Global communication barrier Lambda after the round (PT). */
  globalBarrier?: number;
}

/** One training epoch. */
export interface EpochPoint {
  epoch: number;
  reconstructionError?: number;
  gradientNorm?: number;
  /** Mean test log-likelihood per example (AIS), where evaluated. */
  testLogLik?: number;
  trainLogLik?: number;
}

export interface ReportExtras {
  /** Page title; default "ebm run <runDir name>". */
  title?: string;
  /** The exact log Z where known; default result.exact (as `ebm logz` writes it) or result.logZExact. */
  logZExact?: number;
  /** RBM filters (one image per hidden unit) and model samples. */
  filters?: ImageGrid;
  samples?: ImageGrid;
  /** The spec text of the run, shown at the end. */
  specText?: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function finiteNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A numeric array (JSON array or typed array), or undefined if any entry is not a number. */
export function numberArray(value: unknown): number[] | undefined {
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) return Array.from(value as unknown as ArrayLike<number>);
  if (!Array.isArray(value) || value.length === 0 || !value.every((entry) => typeof entry === 'number')) return undefined;
  return value as number[];
}

/** An array of objects keeping only the numeric fields named, dropping entries without any of `required`. */
export function records<K extends string>(value: unknown, fields: readonly K[], required: K | readonly K[]): Partial<Record<K, number>>[] | undefined {
  const needed: readonly K[] = Array.isArray(required) ? required : [required as K];
  if (!Array.isArray(value)) return undefined;
  const rows: Partial<Record<K, number>>[] = [];
  for (const entry of value) {
    if (!isObject(entry)) continue;
    const row: Partial<Record<K, number>> = {};
    for (const field of fields) {
      const number = finiteNumber(entry[field]);
      if (number !== undefined) row[field] = number;
    }
    if (needed.some((field) => row[field] !== undefined)) rows.push(row);
  }
  return rows.length > 0 ? rows : undefined;
}

export function imageGrid(value: unknown): ImageGrid | undefined {
  if (!isObject(value)) return undefined;
  const width = finiteNumber(value.width);
  const height = finiteNumber(value.height);
  const data = ArrayBuffer.isView(value.data) ? (value.data as unknown as ArrayLike<number>) : numberArray(value.data);
  if (width === undefined || height === undefined || data === undefined || width < 1 || height < 1) return undefined;
  const count = finiteNumber(value.count) ?? Math.floor(data.length / (width * height));
  if (count < 1 || data.length < count * width * height) return undefined;
  const range = numberArray(value.range);
  return { data, width, height, count, range: range && range.length === 2 ? [range[0], range[1]] : undefined };
}

export { isObject };

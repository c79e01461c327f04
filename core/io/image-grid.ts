/**
 * Tiling image-shaped states into one grayscale picture: state i of `count`, each rows x cols
 * values row-major, goes to tile (i / columns, i % columns), with `padding` pixels of a
 * mid-gray border between tiles so that neighbouring samples do not run together. Values map
 * linearly from [lo, hi] to [0, 255] (clamped): spins -1/+1 and binary units 0/1 come out
 * black and white.
 */

export interface ImageGridOptions {
  /** Tiles per row of the grid; default ceil(sqrt(count)). */
  columns?: number;
  /** Border pixels between and around tiles; default 1. */
  padding?: number;
  /** Gray level of the border; default 128. */
  border?: number;
  /** The values that map to black and white; default the smallest and largest value present. */
  lo?: number;
  hi?: number;
}

export interface GrayImage {
  width: number;
  height: number;
  /** width x height bytes, row-major. */
  pixels: Uint8Array;
}

export function imageGrid(states: ArrayLike<number>, count: number, rows: number, cols: number, options: ImageGridOptions = {}): GrayImage {
  const size = rows * cols;
  if (!Number.isSafeInteger(count) || count < 1) throw new RangeError(`image grid: count must be >= 1, got ${count}`);
  if (states.length < count * size) throw new RangeError(`image grid: ${count} images of ${rows} x ${cols} need ${count * size} values, got ${states.length}`);
  const columns = options.columns ?? Math.ceil(Math.sqrt(count));
  const gridRows = Math.ceil(count / columns);
  const pad = options.padding ?? 1;
  let lo = options.lo ?? Infinity;
  let hi = options.hi ?? -Infinity;
  if (options.lo === undefined || options.hi === undefined) {
    for (let i = 0; i < count * size; i++) {
      if (options.lo === undefined && states[i] < lo) lo = states[i];
      if (options.hi === undefined && states[i] > hi) hi = states[i];
    }
  }
  const scale = hi > lo ? 255 / (hi - lo) : 0;
  const width = columns * (cols + pad) + pad;
  const height = gridRows * (rows + pad) + pad;
  const pixels = new Uint8Array(width * height).fill(options.border ?? 128);
  for (let i = 0; i < count; i++) {
    const top = pad + Math.floor(i / columns) * (rows + pad);
    const left = pad + (i % columns) * (cols + pad);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const v = Math.round((states[i * size + r * cols + c] - lo) * scale);
        pixels[(top + r) * width + left + c] = v < 0 ? 0 : v > 255 ? 255 : v;
      }
    }
  }
  return { width, height, pixels };
}

/**
 * In-memory data sets. Images are bytes (0..255, as in the IDX files); binary data sets hold
 * one 0/1 byte per unit, `rows` examples of `size` units each, example-major, which is the
 * layout RBM chains and base rates read directly.
 */

/** Greyscale images as read from an IDX file: count x height x width bytes. */
export interface ImageSet {
  count: number;
  height: number;
  width: number;
  pixels: Uint8Array;
}

/** rows examples of `size` binary units (0 or 1), example-major; labels optional. */
export interface BinaryDataset {
  rows: number;
  size: number;
  data: Uint8Array;
  labels?: Uint8Array;
}

/** The examples at `indices`, in that order (labels too, if any). */
export function selectRows(dataset: BinaryDataset, indices: ArrayLike<number>): BinaryDataset {
  const { size } = dataset;
  const data = new Uint8Array(indices.length * size);
  for (let r = 0; r < indices.length; r++) {
    const src = indices[r];
    if (!(src >= 0 && src < dataset.rows)) throw new RangeError(`row index ${src} outside 0..${dataset.rows - 1}`);
    data.set(dataset.data.subarray(src * size, (src + 1) * size), r * size);
  }
  const out: BinaryDataset = { rows: indices.length, size, data };
  if (dataset.labels) out.labels = Uint8Array.from(indices, (i) => dataset.labels![i]);
  return out;
}

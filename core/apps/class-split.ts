/**
 * Per-class subsets of a labelled data set, taken in file order so that a subset is a function
 * of the file and the sizes alone: for each wanted class, skip its first `skip` examples, then
 * take the next `take` (0 = all the rest). Used to hold out a validation set per class and to
 * train on a balanced subset.
 */

/** Indices (ascending) of the examples picked from `classes`. */
export function classRows(labels: ArrayLike<number>, classes: readonly number[], take: number, skip = 0): Int32Array {
  const seen = new Map<number, number>(classes.map((k) => [k, 0]));
  const out: number[] = [];
  for (let n = 0; n < labels.length; n++) {
    const count = seen.get(labels[n]);
    if (count === undefined) continue;
    seen.set(labels[n], count + 1);
    if (count >= skip && (take === 0 || count < skip + take)) out.push(n);
  }
  return Int32Array.from(out);
}

/** The images at `indices` (count x height x width bytes), in that order. */
export function selectImages(pixels: Uint8Array, imageSize: number, indices: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(indices.length * imageSize);
  for (let r = 0; r < indices.length; r++) out.set(pixels.subarray(indices[r] * imageSize, (indices[r] + 1) * imageSize), r * imageSize);
  return out;
}

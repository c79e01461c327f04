/**
 * Bars and stripes (MacKay 2003): n x n binary images in which either every column is all on
 * or all off (bars) or every row is (stripes). There are 2^n of each; the empty and the full
 * image are both, so 2^(n+1) - 2 distinct patterns. Uniform over them, the optimum average
 * log-likelihood is -log(2^(n+1) - 2), and an RBM small enough for exact log Z can approach it.
 */
import type { BinaryDataset } from './dataset.js';

/** Every distinct n x n pattern once: bars (column masks 0..2^n - 1), then the other stripes. */
export function barsAndStripes(n: number): BinaryDataset {
  if (!Number.isInteger(n) || n < 1 || n > 12) throw new RangeError(`bars and stripes side must be an integer in 1..12, got ${n}`);
  const size = n * n;
  const full = 2 ** n - 1;
  const rows = 2 ** (n + 1) - 2;
  const data = new Uint8Array(rows * size);
  let r = 0;
  for (let mask = 0; mask <= full; mask++) {
    for (let y = 0; y < n; y++) for (let x = 0; x < n; x++) data[r * size + y * n + x] = (mask >> x) & 1;
    r++;
  }
  for (let mask = 1; mask < full; mask++) {
    for (let y = 0; y < n; y++) for (let x = 0; x < n; x++) data[r * size + y * n + x] = (mask >> y) & 1;
    r++;
  }
  return { rows, size, data };
}

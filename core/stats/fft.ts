/**
 * A small iterative radix-2 Cooley-Tukey FFT (Cooley & Tukey 1965) on split real and
 * imaginary arrays, in place. Enough for autocovariances, which need one forward transform
 * of the padded series and one transform of its power spectrum; not a general FFT library.
 */

/** The smallest power of two >= n (n >= 1). */
export function nextPowerOfTwo(n: number): number {
  let m = 1;
  while (m < n) m *= 2;
  return m;
}

/** cos and sin of -2 pi k / n for k < n / 2: the twiddle factors of a length-n transform. */
export interface Twiddles {
  cos: Float64Array;
  sin: Float64Array;
}

/** Twiddles from the exact angles (no recurrence), so rounding errors do not accumulate. */
export function fftTwiddles(n: number): Twiddles {
  const half = Math.max(1, n >> 1);
  const cos = new Float64Array(half);
  const sin = new Float64Array(half);
  for (let k = 0; k < half; k++) {
    cos[k] = Math.cos((-2 * Math.PI * k) / n);
    sin[k] = Math.sin((-2 * Math.PI * k) / n);
  }
  return { cos, sin };
}

/**
 * Forward discrete Fourier transform X_k = sum_j x_j exp(-2 pi i j k / n), in place;
 * re.length = im.length = n must be a power of two. Pass `twiddles` (fftTwiddles(n)) to
 * reuse them over many transforms of one length.
 */
export function fftInPlace(re: Float64Array, im: Float64Array, twiddles: Twiddles = fftTwiddles(re.length)): void {
  const n = re.length;
  if (im.length !== n) throw new RangeError('fft: real and imaginary parts differ in length');
  if (n < 1 || (n & (n - 1)) !== 0) throw new RangeError(`fft: length must be a power of two, got ${n}`);
  if (twiddles.cos.length !== Math.max(1, n >> 1)) throw new RangeError('fft: twiddles are for another length');
  // Bit-reversal permutation.
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      let t = re[i];
      re[i] = re[j];
      re[j] = t;
      t = im[i];
      im[i] = im[j];
      im[j] = t;
    }
  }
  const { cos, sin } = twiddles;
  // Butterflies, block by block so that memory is walked in order.
  for (let len = 2; len <= n; len *= 2) {
    const half = len >> 1;
    const stride = n / len;
    for (let start = 0; start < n; start += len) {
      for (let k = 0; k < half; k++) {
        const wr = cos[k * stride];
        const wi = sin[k * stride];
        const a = start + k;
        const b = a + half;
        const xr = re[b] * wr - im[b] * wi;
        const xi = re[b] * wi + im[b] * wr;
        re[b] = re[a] - xr;
        im[b] = im[a] - xi;
        re[a] += xr;
        im[a] += xi;
      }
    }
  }
}

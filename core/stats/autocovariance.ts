/**
 * The autocovariance of one series, with the "biased" 1/N normalisation that Geyer (1992)
 * recommends and Stan uses: acov(t) = (1/N) sum_{i=0}^{N-1-t} (x_i - xbar)(x_{i+t} - xbar).
 * It is positive semi-definite, which the initial-sequence estimators rely on.
 *
 * Long series go through the FFT (Wiener-Khinchin): pad the centred series with zeros to
 * a power of two >= 2N, so the circular correlation equals the linear one, take the power
 * spectrum and transform it back. Short series use the direct O(N^2) sum, which is exact
 * to rounding and no slower there.
 */
import { fftInPlace, fftTwiddles, nextPowerOfTwo } from './fft.js';

/** Below this length the direct sum is used. */
const DIRECT_MAX_LENGTH = 64;

/** acov(0..N-1) of `series`, written to `out` (allocated if not given). */
export function autocovariance(series: ArrayLike<number>, out = new Float64Array(series.length)): Float64Array {
  const n = series.length;
  if (out.length < n) throw new RangeError('autocovariance: output shorter than the series');
  if (n === 0) return out;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += series[i];
  mean /= n;
  if (n <= DIRECT_MAX_LENGTH) {
    for (let t = 0; t < n; t++) {
      let sum = 0;
      for (let i = 0; i + t < n; i++) sum += (series[i] - mean) * (series[i + t] - mean);
      out[t] = sum / n;
    }
    return out;
  }
  const m = nextPowerOfTwo(2 * n);
  const re = new Float64Array(m);
  const im = new Float64Array(m);
  for (let i = 0; i < n; i++) re[i] = series[i] - mean;
  const twiddles = fftTwiddles(m);
  fftInPlace(re, im, twiddles);
  for (let k = 0; k < m; k++) {
    re[k] = re[k] * re[k] + im[k] * im[k];
    im[k] = 0;
  }
  // The power spectrum is real and even, so a forward transform equals m times the inverse.
  fftInPlace(re, im, twiddles);
  for (let t = 0; t < n; t++) out[t] = re[t] / (m * n);
  return out;
}

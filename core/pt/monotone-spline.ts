/**
 * Monotone piecewise-cubic Hermite interpolation (Fritsch & Carlson 1980, "Monotone piecewise
 * cubic interpolation", SIAM J. Numer. Anal. 17). Through nondecreasing data it never
 * overshoots, so it can be inverted: PT schedule adaptation (Syed et al. 2021) reads the
 * cumulative communication barrier through it and solves Lambda(b) = target for b.
 */

export interface MonotoneSpline {
  readonly x: Float64Array;
  readonly y: Float64Array;
  /** Tangent dy/dx at each knot. */
  readonly slopes: Float64Array;
}

/** The interpolant through (x_k, y_k); x strictly increasing, y nondecreasing. */
export function fritschCarlson(x: ArrayLike<number>, y: ArrayLike<number>): MonotoneSpline {
  const n = x.length;
  if (n < 2 || y.length !== n) throw new RangeError('fritschCarlson needs at least two knots and as many values');
  const secants = new Float64Array(n - 1);
  for (let k = 0; k < n - 1; k++) {
    const dx = x[k + 1] - x[k];
    if (!(dx > 0)) throw new RangeError('fritschCarlson: x must be strictly increasing');
    if (y[k + 1] < y[k]) throw new RangeError('fritschCarlson: y must be nondecreasing');
    secants[k] = (y[k + 1] - y[k]) / dx;
  }
  const slopes = new Float64Array(n);
  slopes[0] = secants[0];
  slopes[n - 1] = secants[n - 2];
  for (let k = 1; k < n - 1; k++) {
    slopes[k] = secants[k - 1] * secants[k] > 0 ? (secants[k - 1] + secants[k]) / 2 : 0;
  }
  // Step 3-5 of Fritsch-Carlson: flat segments get flat ends; otherwise keep (alpha, beta)
  // inside the circle of radius 3, a sufficient condition for monotonicity.
  for (let k = 0; k < n - 1; k++) {
    if (secants[k] === 0) {
      slopes[k] = 0;
      slopes[k + 1] = 0;
      continue;
    }
    const a = slopes[k] / secants[k];
    const b = slopes[k + 1] / secants[k];
    const r2 = a * a + b * b;
    if (r2 > 9) {
      const t = 3 / Math.sqrt(r2);
      slopes[k] = t * a * secants[k];
      slopes[k + 1] = t * b * secants[k];
    }
  }
  return { x: Float64Array.from(x), y: Float64Array.from(y), slopes };
}

/** The interpolant's value at t (clamped to the knots' range). */
export function evaluateSpline(spline: MonotoneSpline, t: number): number {
  const { x, y, slopes } = spline;
  const n = x.length;
  if (t <= x[0]) return y[0];
  if (t >= x[n - 1]) return y[n - 1];
  let k = 0;
  while (t > x[k + 1]) k++;
  const h = x[k + 1] - x[k];
  const s = (t - x[k]) / h;
  const s2 = s * s;
  const s3 = s2 * s;
  return (2 * s3 - 3 * s2 + 1) * y[k] + (s3 - 2 * s2 + s) * h * slopes[k] + (-2 * s3 + 3 * s2) * y[k + 1] + (s3 - s2) * h * slopes[k + 1];
}

/** The smallest t with spline(t) >= target, by bisection (the interpolant is monotone). */
export function invertSpline(spline: MonotoneSpline, target: number): number {
  const { x, y } = spline;
  const n = x.length;
  if (target <= y[0]) return x[0];
  if (target >= y[n - 1]) return x[n - 1];
  let k = 0;
  while (y[k + 1] < target) k++;
  let lo = x[k];
  let hi = x[k + 1];
  for (let iter = 0; iter < 100 && hi - lo > 1e-15 * Math.max(1, Math.abs(hi)); iter++) {
    const mid = (lo + hi) / 2;
    if (evaluateSpline(spline, mid) < target) lo = mid;
    else hi = mid;
  }
  return hi;
}

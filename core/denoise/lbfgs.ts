/**
 * Limited-memory BFGS (Nocedal 1980; Liu & Nocedal 1989) for smooth minimisation: the search
 * direction is the two-loop recursion's approximate inverse Hessian, built from the last m
 * steps s_k = x_{k+1} - x_k and gradient changes y_k, applied to the gradient, with the initial
 * scaling gamma = s.y / y.y (Nocedal & Wright 2006, eq. 7.20). Steps by backtracking until the
 * Armijo condition f(x + t d) <= f(x) + c1 t g.d holds; pairs with s.y <= 0 are skipped so the
 * approximation stays positive definite. Deterministic; used for the convex pseudo-likelihood fit.
 */

/** f(x), writing grad f(x) into `gradient`. */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

export interface LbfgsOptions {
  /** Pairs remembered; default 10. */
  memory?: number;
  /** Iterations at most; default 500. */
  maxIterations?: number;
  /** Stop when the gradient's largest component is below this; default 1e-6. */
  gradientTolerance?: number;
  /** Stop when f decreases by less than this relative amount in one step; default 1e-10. */
  relativeTolerance?: number;
}

export interface LbfgsResult {
  x: Float64Array;
  value: number;
  iterations: number;
  /** Evaluations of f (line-search trials included). */
  evaluations: number;
  /** Largest component of the final gradient. */
  gradientMax: number;
  converged: boolean;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

function maxAbs(a: Float64Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]));
  return m;
}

export function minimizeLbfgs(f: Objective, start: Float64Array, options: LbfgsOptions = {}): LbfgsResult {
  const memory = options.memory ?? 10;
  const maxIterations = options.maxIterations ?? 500;
  const gradientTolerance = options.gradientTolerance ?? 1e-6;
  const relativeTolerance = options.relativeTolerance ?? 1e-10;
  const n = start.length;
  let x = Float64Array.from(start);
  let g = new Float64Array(n);
  let value = f(x, g);
  let evaluations = 1;
  const S = Array.from({ length: memory }, () => new Float64Array(n));
  const Y = Array.from({ length: memory }, () => new Float64Array(n));
  const rho = new Float64Array(memory);
  const alpha = new Float64Array(memory);
  let stored = 0;
  let newest = -1;
  const d = new Float64Array(n);
  let xNext = new Float64Array(n);
  let gNext = new Float64Array(n);
  let iterations = 0;
  while (iterations < maxIterations && maxAbs(g) > gradientTolerance) {
    iterations++;
    // Two-loop recursion: d = -H g.
    for (let i = 0; i < n; i++) d[i] = -g[i];
    for (let k = 0; k < stored; k++) {
      const j = (newest - k + memory) % memory;
      alpha[j] = rho[j] * dot(S[j], d);
      for (let i = 0; i < n; i++) d[i] -= alpha[j] * Y[j][i];
    }
    const gamma = stored > 0 ? dot(S[newest], Y[newest]) / dot(Y[newest], Y[newest]) : 1 / Math.max(1, maxAbs(g));
    for (let i = 0; i < n; i++) d[i] *= gamma;
    for (let k = stored - 1; k >= 0; k--) {
      const j = (newest - k + memory) % memory;
      const beta = rho[j] * dot(Y[j], d);
      for (let i = 0; i < n; i++) d[i] += (alpha[j] - beta) * S[j][i];
    }
    let slope = dot(g, d);
    if (!(slope < 0)) {
      // Not a descent direction (numerical trouble): restart from steepest descent.
      stored = 0;
      for (let i = 0; i < n; i++) d[i] = -g[i] / Math.max(1, maxAbs(g));
      slope = dot(g, d);
    }
    let t = 1;
    let nextValue = Infinity;
    for (let trial = 0; trial < 40; trial++) {
      for (let i = 0; i < n; i++) xNext[i] = x[i] + t * d[i];
      nextValue = f(xNext, gNext);
      evaluations++;
      if (nextValue <= value + 1e-4 * t * slope) break;
      t *= 0.5;
    }
    if (!(nextValue <= value)) break; // the line search failed: x is as good as we can do
    let sy = 0;
    let ss = 0;
    let yy = 0;
    for (let i = 0; i < n; i++) {
      const si = xNext[i] - x[i];
      const yi = gNext[i] - g[i];
      sy += si * yi;
      ss += si * si;
      yy += yi * yi;
    }
    if (sy > 1e-12 * Math.sqrt(ss * yy)) {
      // Overwrite the oldest pair only when the new one is kept.
      const slot = (newest + 1) % memory;
      for (let i = 0; i < n; i++) {
        S[slot][i] = xNext[i] - x[i];
        Y[slot][i] = gNext[i] - g[i];
      }
      rho[slot] = 1 / sy;
      newest = slot;
      stored = Math.min(stored + 1, memory);
    }
    const decrease = value - nextValue;
    [x, xNext] = [xNext, x];
    [g, gNext] = [gNext, g];
    value = nextValue;
    if (decrease <= relativeTolerance * Math.max(1, Math.abs(value))) break;
  }
  const gradientMax = maxAbs(g);
  return { x, value, iterations, evaluations, gradientMax, converged: gradientMax <= gradientTolerance };
}

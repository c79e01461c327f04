/**
 * Binary image restoration with the Ising model (Geman & Geman 1984; Besag 1986; exact MAP
 * studied by Greig, Porteous & Seheult 1989). Pixels x_i in {0,1}, spins s_i = 2x_i - 1, the
 * observed noisy image y with t_i = 2y_i - 1, on the rows x cols grid with 4-neighbour bonds
 * (open boundary). The posterior is
 *   p(x | y) proportional to exp(-E(x)),  E(x) = sum_i psi_i(x_i, y_i) + sum_<ij> psi_ij(x_i, x_j),
 *   psi_i = -h s_i t_i (data term),  psi_ij = -J s_i s_j (smoothness prior).
 * For flip noise of rate p, the likelihood ratio gives h = (1/2) log((1 - p) / p).
 * Two optional extensions stay inside the Ising family: diagonal bonds of strength Jd (an
 * 8-neighbour prior, which keeps thin diagonal strokes that 4-neighbour smoothing erodes) and
 * a per-pixel prior field b_i (-b_i s_i in E: where garments tend to have ink, learnt from
 * clean training images; see prior-fit.ts).
 *
 * Images are Uint8Array of 0/1 pixels, row-major (index r * cols + c).
 */
import { sigmoid } from '../math/logspace.js';
import type { Rng } from '../rng/rng.js';

export interface IsingDenoiseProblem {
  rows: number;
  cols: number;
  /** The noisy image y, 0/1 per pixel. */
  observed: Uint8Array;
  /** Coupling of neighbouring pixels (J > 0 prefers smooth images). */
  J: number;
  /** Strength of the data term. */
  h: number;
  /** Coupling of diagonal neighbours (8-neighbour prior); default 0. */
  Jd?: number;
  /** Per-pixel prior field b_i (row-major, length rows * cols); default none. */
  prior?: Float64Array;
}

/** The data-term strength that makes the posterior exact for independent flips of rate p. */
export function flipNoiseField(p: number): number {
  if (!(p > 0 && p < 0.5)) throw new RangeError(`flip rate must be in (0, 0.5), got ${p}`);
  return 0.5 * Math.log((1 - p) / p);
}

/** A copy of `image` with each pixel flipped independently with probability p. */
export function flipPixels(image: Uint8Array, p: number, rng: Rng): Uint8Array {
  const out = Uint8Array.from(image);
  for (let i = 0; i < out.length; i++) if (rng.nextDouble() < p) out[i] = 1 - out[i];
  return out;
}

/** Number of pixels where a and b differ. */
export function pixelErrors(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length) throw new RangeError(`images differ in size: ${a.length} vs ${b.length}`);
  let errors = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) errors++;
  return errors;
}

/** E(x) of the posterior for spins s (+-1), as in the header. */
export function posteriorEnergy(problem: IsingDenoiseProblem, s: Int8Array): number {
  const { rows, cols, observed, J, h, prior } = problem;
  const Jd = problem.Jd ?? 0;
  let bonds = 0;
  let diagonal = 0;
  let data = 0;
  let field = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      if (c + 1 < cols) bonds += s[i] * s[i + 1];
      if (r + 1 < rows) bonds += s[i] * s[i + cols];
      if (r + 1 < rows && c + 1 < cols) diagonal += s[i] * s[i + cols + 1];
      if (r + 1 < rows && c > 0) diagonal += s[i] * s[i + cols - 1];
      data += s[i] * (2 * observed[i] - 1);
      if (prior) field += prior[i] * s[i];
    }
  }
  return -J * bonds - Jd * diagonal - h * data - field;
}

/** Spins from a 0/1 image. */
export function imageToSpins(image: Uint8Array): Int8Array {
  const s = new Int8Array(image.length);
  for (let i = 0; i < image.length; i++) s[i] = image[i] ? 1 : -1;
  return s;
}

/** A 0/1 image from spins. */
export function spinsToImage(s: Int8Array): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s[i] > 0 ? 1 : 0;
  return out;
}

/** The local field on pixel i: the couplings times the neighbour spins, plus h t_i and b_i. */
function localField(problem: IsingDenoiseProblem, s: Int8Array, r: number, c: number): number {
  const { rows, cols, observed, J, h, prior } = problem;
  const Jd = problem.Jd ?? 0;
  const i = r * cols + c;
  let n = 0;
  if (c > 0) n += s[i - 1];
  if (c + 1 < cols) n += s[i + 1];
  if (r > 0) n += s[i - cols];
  if (r + 1 < rows) n += s[i + cols];
  let g = J * n + h * (2 * observed[i] - 1);
  if (Jd !== 0) {
    let d = 0;
    if (r > 0 && c > 0) d += s[i - cols - 1];
    if (r > 0 && c + 1 < cols) d += s[i - cols + 1];
    if (r + 1 < rows && c > 0) d += s[i + cols - 1];
    if (r + 1 < rows && c + 1 < cols) d += s[i + cols + 1];
    g += Jd * d;
  }
  return prior ? g + prior[i] : g;
}

/**
 * One heat-bath sweep at inverse temperature beta (beta = 1 samples the posterior), in
 * colour order: pixels of one colour do not touch, so updating them in turn is a valid Gibbs
 * scan. P(s_i = +1 | rest) = sigmoid(2 beta g_i). With 4-neighbour bonds the two checkerboard
 * colours suffice; diagonal bonds need the four colours (r mod 2, c mod 2).
 * When `conditionalSum` is given, each pixel's P(s_i = +1 | rest) before its draw is added to
 * it: the Rao-Blackwellised marginal estimator (Gelfand & Smith 1990; see sparse-posterior.ts).
 */
export function checkerboardHeatBathSweep(problem: IsingDenoiseProblem, s: Int8Array, beta: number, rng: Rng, conditionalSum?: Float64Array): void {
  const { rows, cols } = problem;
  if ((problem.Jd ?? 0) === 0) {
    for (let parity = 0; parity < 2; parity++) {
      for (let r = 0; r < rows; r++) {
        for (let c = (r + parity) & 1; c < cols; c += 2) heatBathSite(problem, s, beta, rng, r, c, conditionalSum);
      }
    }
    return;
  }
  for (let colour = 0; colour < 4; colour++) {
    for (let r = colour >> 1; r < rows; r += 2) {
      for (let c = colour & 1; c < cols; c += 2) heatBathSite(problem, s, beta, rng, r, c, conditionalSum);
    }
  }
}

function heatBathSite(problem: IsingDenoiseProblem, s: Int8Array, beta: number, rng: Rng, r: number, c: number, conditionalSum: Float64Array | undefined): void {
  const i = r * problem.cols + c;
  const p = sigmoid(2 * beta * localField(problem, s, r, c));
  if (conditionalSum) conditionalSum[i] += p;
  s[i] = rng.nextDouble() < p ? 1 : -1;
}

/**
 * Iterated conditional modes (Besag 1986): set every pixel to the sign of its local field
 * until nothing changes. Returns the number of sweeps; each change lowers E.
 */
export function icmToFixedPoint(problem: IsingDenoiseProblem, s: Int8Array, maxSweeps = 100): number {
  const { rows, cols } = problem;
  for (let sweep = 1; sweep <= maxSweeps; sweep++) {
    let changes = 0;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const g = localField(problem, s, r, c);
        const i = r * cols + c;
        const target = g > 0 ? 1 : g < 0 ? -1 : s[i];
        if (target !== s[i]) {
          s[i] = target;
          changes++;
        }
      }
    }
    if (changes === 0) return sweep;
  }
  return maxSweeps;
}

/**
 * Chains for a continuous energy E(x), x in R^d, on the path from a Gaussian base:
 *   log pi_b*(x) = (1 - b) log N*(x) - b E(x),  log N*(x) = -|x|^2 / (2 sigma0^2),
 *   log Z0 = (d/2) log(2 pi sigma0^2)  (the normaliser of N*).
 *
 * The kernel is MALA, the Metropolis-adjusted Langevin algorithm (Roberts & Tweedie 1996):
 *   x' = x + (eps^2 / 2) grad log pi_b(x) + eps xi,  accepted with the Metropolis-Hastings
 * ratio including the asymmetric proposal densities; without a gradient it is random-walk
 * Metropolis (x' = x + eps xi). The step depends only on b, never on the chain's history, so
 * every step leaves pi_b exactly invariant (adapting it inside AIS would not):
 *   eps(b)^2 = s^2 / ((1 - b) / sigma0^2 + b lambda),
 * with lambda an upper bound on the curvature of E that the model supplies, and
 * s^2 = 1.5 d^(-1/3) for MALA, 2.38^2 / d for random walk (Roberts & Rosenthal 2001 scalings).
 * One "sweep" is one proposal per chain.
 */
import type { Rng } from '../rng/rng.js';
import type { ChainSet } from './model.js';

/** A continuous energy as the chains need it. */
export interface ContinuousEnergy {
  readonly dimension: number;
  energy(x: Float64Array): number;
  /** out = grad E(x); absent means random-walk Metropolis. */
  gradient?(x: Float64Array, out: Float64Array): void;
  /** An upper bound on the largest eigenvalue of the Hessian of E (sets the step size). */
  readonly curvature: number;
}

export class GaussianBaseChains implements ChainSet {
  readonly size: number;
  readonly observables = ['energy', 'norm'] as const;
  /** count x d positions, chain-major. */
  readonly x: Float64Array;
  /** Cached E(x_c), grad E(x_c) and |x_c|^2. */
  private readonly energies: Float64Array;
  private readonly gradients: Float64Array;
  private readonly squaredNorms: Float64Array;
  private readonly proposal: Float64Array;
  private readonly proposalGradient: Float64Array;
  private readonly useGradient: boolean;
  private accepted = 0;
  private proposed = 0;

  constructor(readonly target: ContinuousEnergy, readonly sigma0: number, readonly count: number, sampler: 'mala' | 'rwm') {
    const d = target.dimension;
    this.size = d;
    this.useGradient = sampler === 'mala';
    if (this.useGradient && !target.gradient) throw new RangeError('MALA needs the energy gradient; use the random-walk sampler');
    this.x = new Float64Array(count * d);
    this.energies = new Float64Array(count);
    this.gradients = new Float64Array(count * d);
    this.squaredNorms = new Float64Array(count);
    this.proposal = new Float64Array(d);
    this.proposalGradient = new Float64Array(d);
  }

  /** Fraction of proposals accepted since the chains were made (a diagnostic, not a result). */
  get acceptanceRate(): number {
    return this.proposed === 0 ? Number.NaN : this.accepted / this.proposed;
  }

  drawReference(rng: Rng): void {
    for (let k = 0; k < this.x.length; k++) this.x[k] = this.sigma0 * rng.nextGaussian();
    for (let c = 0; c < this.count; c++) this.refresh(c);
  }

  private refresh(c: number): void {
    const d = this.size;
    const xc = this.x.subarray(c * d, (c + 1) * d);
    this.energies[c] = this.target.energy(xc);
    if (this.useGradient) this.target.gradient!(xc, this.gradients.subarray(c * d, (c + 1) * d));
    let sq = 0;
    for (let i = 0; i < d; i++) sq += xc[i] * xc[i];
    this.squaredNorms[c] = sq;
  }

  logDensity(b: number, out: Float64Array): void {
    const inv = 1 / (2 * this.sigma0 * this.sigma0);
    for (let c = 0; c < this.count; c++) out[c] = -(1 - b) * inv * this.squaredNorms[c] - b * this.energies[c];
  }

  logRatio(bTo: number, bFrom: number, out: Float64Array): void {
    const inv = 1 / (2 * this.sigma0 * this.sigma0);
    const db = bTo - bFrom;
    for (let c = 0; c < this.count; c++) out[c] = db * (inv * this.squaredNorms[c] - this.energies[c]);
  }

  /** eps(b)^2 as in the header. */
  stepSquared(b: number): number {
    const d = this.size;
    const s2 = this.useGradient ? 1.5 * Math.pow(d, -1 / 3) : (2.38 * 2.38) / d;
    return s2 / ((1 - b) / (this.sigma0 * this.sigma0) + b * this.target.curvature);
  }

  advance(rng: Rng, b: number, sweeps: number): void {
    const d = this.size;
    const eps2 = this.stepSquared(b);
    const eps = Math.sqrt(eps2);
    const a = (1 - b) / (this.sigma0 * this.sigma0);
    const xp = this.proposal;
    const gp = this.proposalGradient;
    const mala = this.useGradient;
    for (let c = 0; c < this.count; c++) {
      const base = c * d;
      for (let t = 0; t < sweeps; t++) {
        // grad log pi_b(x) = -a x - b grad E(x).
        let sq = 0;
        for (let i = 0; i < d; i++) {
          const drift = mala ? 0.5 * eps2 * (-a * this.x[base + i] - b * this.gradients[base + i]) : 0;
          xp[i] = this.x[base + i] + drift + eps * rng.nextGaussian();
          sq += xp[i] * xp[i];
        }
        const ep = this.target.energy(xp);
        let logAccept = -0.5 * a * (sq - this.squaredNorms[c]) - b * (ep - this.energies[c]);
        if (mala) {
          this.target.gradient!(xp, gp);
          // log q(x | x') - log q(x' | x), q(y | z) = N(y; z + (eps^2/2) grad log pi(z), eps^2 I).
          let forward = 0;
          let backward = 0;
          for (let i = 0; i < d; i++) {
            const xi = this.x[base + i];
            const f = xp[i] - xi - 0.5 * eps2 * (-a * xi - b * this.gradients[base + i]);
            const r = xi - xp[i] - 0.5 * eps2 * (-a * xp[i] - b * gp[i]);
            forward += f * f;
            backward += r * r;
          }
          logAccept += (forward - backward) / (2 * eps2);
        }
        this.proposed++;
        if (logAccept >= 0 || Math.log(rng.nextDouble()) < logAccept) {
          this.accepted++;
          this.x.set(xp, base);
          if (mala) this.gradients.set(gp, base);
          this.energies[c] = ep;
          this.squaredNorms[c] = sq;
        }
      }
    }
  }

  observe(name: string, out: Float64Array): void {
    for (let c = 0; c < this.count; c++) {
      if (name === 'energy') out[c] = this.energies[c];
      else if (name === 'norm') out[c] = Math.sqrt(this.squaredNorms[c]);
      else throw new RangeError(`continuous chains have no observable ${name}`);
    }
  }

  saveState(): Uint8Array {
    return new Uint8Array(this.x.buffer.slice(this.x.byteOffset, this.x.byteOffset + this.x.byteLength));
  }

  loadState(bytes: Uint8Array): void {
    if (bytes.length !== this.x.byteLength) throw new RangeError(`continuous state must be ${this.x.byteLength} bytes, got ${bytes.length}`);
    new Uint8Array(this.x.buffer, this.x.byteOffset, this.x.byteLength).set(bytes);
    for (let c = 0; c < this.count; c++) this.refresh(c);
  }

  stateOf(c: number): ArrayLike<number> {
    return this.x.subarray(c * this.size, (c + 1) * this.size);
  }
}

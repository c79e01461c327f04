/**
 * The square-lattice Ising model on an L x M torus (model-format.md, type "ising2d"):
 * E(s) = -J sum_bonds s_i s_j - h sum_i s_i,  p(s) = exp(-beta E(s)) / Z,  s_i in {-1, +1}.
 *
 * The tempered path starts from the uniform distribution (b = 0, log Z0 = N log 2) and
 * multiplies the inverse temperature: log pi_b*(s) = -b beta E(s).
 *
 * Chains keep two integers per state, the bond sum S = sum_bonds s_i s_j and the
 * magnetisation M = sum_i s_i, updated exactly on every accepted flip, so the energy
 * E = -J S - h M costs nothing to read and never drifts.
 */
import { IntractableError } from '../errors.js';
import type { Rng } from '../rng/rng.js';
import type { ChainOptions, ChainSet, ExactLogZ, Model, ModelJson, ModelType, ReferenceSpec, TemperedPath } from './model.js';
import { readInteger, readNumber, readOptionalString } from './fields.js';
import { metropolisCheckerboardSweep, buildMetropolisTable } from '../samplers/ising2d-metropolis.js';

export class Ising2d implements Model {
  readonly type = 'ising2d';
  readonly samplers = ['metropolis'] as const;
  readonly size: number;
  readonly imageShape: readonly [number, number];

  constructor(
    readonly rows: number,
    readonly cols: number,
    readonly J: number,
    readonly h: number,
    readonly beta: number,
    readonly name: string | undefined,
    private readonly json: ModelJson,
  ) {
    this.size = rows * cols;
    this.imageShape = [rows, cols];
  }

  exactMethods(): string[] {
    return [];
  }

  exactLogZ(method?: string): ExactLogZ {
    throw new IntractableError(this.name ?? 'model', 'method', `no exact method ${method ?? ''} for ising2d yet; use --method ais`);
  }

  temperedPath(_reference?: ReferenceSpec): TemperedPath {
    return new Ising2dPath(this);
  }

  toJSON(): ModelJson {
    return this.json;
  }

  /** Energy of one state (a reference implementation; chains track it incrementally). */
  energy(spins: ArrayLike<number>): number {
    const { rows, cols } = this;
    let bonds = 0;
    let mag = 0;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const s = spins[r * cols + c];
        bonds += s * (spins[r * cols + ((c + 1) % cols)] + spins[((r + 1) % rows) * cols + c]);
        mag += s;
      }
    }
    return -this.J * bonds - this.h * mag;
  }
}

class Ising2dPath implements TemperedPath {
  readonly logZ0: number;
  readonly reference: ReferenceSpec = { kind: 'uniform' };

  constructor(private readonly model: Ising2d) {
    this.logZ0 = model.size * Math.LN2;
  }

  createChains(count: number, options: ChainOptions = {}): ChainSet {
    const sampler = options.sampler ?? 'metropolis';
    if (!this.model.samplers.includes(sampler as 'metropolis')) throw new RangeError(`ising2d has no sampler ${sampler}`);
    return new Ising2dChains(this.model, count);
  }
}

export class Ising2dChains implements ChainSet {
  readonly size: number;
  readonly observables = ['energy', 'magnetisation', 'abs_magnetisation'] as const;
  /** count x N spins, chain-major. */
  readonly spins: Int8Array;
  /** Per chain: sum over bonds of s_i s_j, and sum of s_i. */
  readonly bondSum: Int32Array;
  readonly magnetisation: Int32Array;
  /** Acceptance thresholds (u32 scale) for the current b; rebuilt only when b changes. */
  private readonly table = new Float64Array(10);
  private tableB = Number.NaN;
  private readonly delta = new Int32Array(2);

  constructor(readonly model: Ising2d, readonly count: number) {
    this.size = model.size;
    this.spins = new Int8Array(count * this.size);
    this.bondSum = new Int32Array(count);
    this.magnetisation = new Int32Array(count);
  }

  drawReference(rng: Rng): void {
    const spins = this.spins;
    for (let i = 0; i < spins.length; i++) spins[i] = rng.nextU32() & 1 ? 1 : -1;
    for (let c = 0; c < this.count; c++) this.recount(c);
  }

  /** Recompute chain c's integer sums from its spins. */
  recount(c: number): void {
    const { rows, cols } = this.model;
    const base = c * this.size;
    const s = this.spins;
    let bonds = 0;
    let mag = 0;
    for (let r = 0; r < rows; r++) {
      const row = base + r * cols;
      const down = base + ((r + 1) % rows) * cols;
      for (let k = 0; k < cols; k++) {
        const x = s[row + k];
        bonds += x * (s[row + (k + 1 === cols ? 0 : k + 1)] + s[down + k]);
        mag += x;
      }
    }
    this.bondSum[c] = bonds;
    this.magnetisation[c] = mag;
  }

  private energyOf(c: number): number {
    return -this.model.J * this.bondSum[c] - this.model.h * this.magnetisation[c];
  }

  logDensity(b: number, out: Float64Array): void {
    const scale = -b * this.model.beta;
    for (let c = 0; c < this.count; c++) out[c] = scale * this.energyOf(c);
  }

  logRatio(bTo: number, bFrom: number, out: Float64Array): void {
    const scale = -(bTo - bFrom) * this.model.beta;
    for (let c = 0; c < this.count; c++) out[c] = scale * this.energyOf(c);
  }

  advance(rng: Rng, b: number, sweeps: number): void {
    if (b !== this.tableB) {
      buildMetropolisTable(this.table, b * this.model.beta, this.model.J, this.model.h);
      this.tableB = b;
    }
    const { rows, cols } = this.model;
    for (let c = 0; c < this.count; c++) {
      const base = c * this.size;
      const delta = this.delta;
      delta[0] = 0;
      delta[1] = 0;
      for (let t = 0; t < sweeps; t++) metropolisCheckerboardSweep(this.spins, base, rows, cols, this.table, rng, delta);
      this.bondSum[c] += delta[0];
      this.magnetisation[c] += delta[1];
    }
  }

  observe(name: string, out: Float64Array): void {
    for (let c = 0; c < this.count; c++) {
      if (name === 'energy') out[c] = this.energyOf(c);
      else if (name === 'magnetisation') out[c] = this.magnetisation[c] / this.size;
      else if (name === 'abs_magnetisation') out[c] = Math.abs(this.magnetisation[c]) / this.size;
      else throw new RangeError(`ising2d has no observable ${name}`);
    }
  }

  saveState(): Uint8Array {
    return new Uint8Array(this.spins.buffer.slice(this.spins.byteOffset, this.spins.byteOffset + this.spins.byteLength));
  }

  loadState(bytes: Uint8Array): void {
    if (bytes.length !== this.spins.length) throw new RangeError(`ising2d state must be ${this.spins.length} bytes, got ${bytes.length}`);
    this.spins.set(new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length));
    for (let c = 0; c < this.count; c++) this.recount(c);
  }

  stateOf(c: number): ArrayLike<number> {
    return this.spins.subarray(c * this.size, (c + 1) * this.size);
  }
}

export const ising2dType: ModelType = {
  type: 'ising2d',
  parse(json, file) {
    const rows = readInteger(json, 'rows', file, 3);
    const cols = readInteger(json, 'cols', file, 3);
    const J = readNumber(json, 'J', file, 1);
    const h = readNumber(json, 'h', file, 0);
    const beta = readNumber(json, 'beta', file);
    const name = readOptionalString(json, 'name', file);
    return new Ising2d(rows, cols, J, h, beta, name, json as ModelJson);
  },
};

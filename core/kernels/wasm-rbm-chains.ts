/**
 * RBM AIS chains on the WebAssembly SIMD kernel (assembly/rbm-ais.ts): the same ChainSet as
 * the float64 reference RbmChains (core/models/rbm/rbm-chains.ts), the same path of
 * Salakhutdinov & Murray (2008) and the same uniforms in the same order, but the Gibbs
 * sampling runs in float32 (weights rounded to float32, f32x4 row sums). The AIS weights stay
 * in float64: log ratios and log densities are float64 sums over the cached float32
 * activations a = c + W^T v. So the chains sample a model whose weights differ from the
 * float64 one by float32 rounding (relative 6e-8), and are not bitwise equal to the
 * reference; test/core/models/rbm-wasm-chains.test.ts checks that they agree statistically and
 * that AIS on them lands on exact log Z. Results stay bitwise reproducible from the seed.
 *
 * Every chain set gets its own module instance (`instantiate`), because the layout below owns
 * the whole memory. core reads no files: the caller compiles the module (worker/ais-kernels.ts).
 */
import type { Rng } from '../rng/rng.js';
import type { ChainSet } from '../models/model.js';
import type { Rbm } from '../models/rbm.js';
import type { WasmMemory } from './wasm-rbm-kernel.js';

/** What assembly/rbm-ais.ts exports. Pointers are byte offsets into `memory`. */
export interface RbmAisExports {
  memory: WasmMemory;
  refresh(W: number, c: number, v: number, count: number, nv: number, nh: number, act: number, idx: number): void;
  advance(W: number, WT: number, b: number, c: number, bA: number, v: number, count: number, nv: number, nh: number, beta: number, sweeps: number, S: number, act: number, e: number, idx: number): void;
  logRatio(act: number, d: number, v: number, count: number, nv: number, nh: number, to: number, from: number, out: number): void;
  logDensity(act: number, bA: number, b: number, v: number, count: number, nv: number, nh: number, beta: number, out: number): void;
  transpose(W: number, rows: number, cols: number, WT: number): void;
}

/** A fresh instance of the compiled rbm-ais module. */
export type RbmAisInstantiate = () => RbmAisExports;

/** The module's static data ends well below this; the heap starts here. */
const HEAP_START = 65536;
const PAGE = 65536;

export class WasmRbmChains implements ChainSet {
  readonly size: number;
  readonly observables = ['free_energy', 'mean_activity'] as const;
  private readonly mem: WasmMemory;
  private readonly at: { W: number; WT: number; b: number; c: number; bA: number; bA64: number; b64: number; d64: number; v: number; act: number; e: number; idx: number; S: number; out: number };
  private readonly result: Float64Array;

  constructor(
    private readonly wasm: RbmAisExports,
    readonly model: Rbm,
    readonly baseBias: Float64Array,
    readonly count: number,
  ) {
    const { nv, nh } = model;
    this.size = nv;
    this.mem = wasm.memory;
    let next = HEAP_START;
    const take = (bytes: number) => {
      const p = next;
      next = (next + bytes + 15) & ~15;
      return p;
    };
    this.at = {
      W: take(4 * nv * nh), WT: take(4 * nv * nh), b: take(4 * nv), c: take(4 * nh), bA: take(4 * nv),
      bA64: take(8 * nv), b64: take(8 * nv), d64: take(8 * nv),
      v: take(count * nv), act: take(4 * count * nh), e: take(4 * nv), idx: take(4 * Math.max(nv, nh)), S: take(16), out: take(8 * count),
    };
    const needed = Math.ceil(next / PAGE) - this.mem.buffer.byteLength / PAGE;
    if (needed > 0) this.mem.grow(needed);
    const f32 = new Float32Array(this.mem.buffer);
    const f64 = new Float64Array(this.mem.buffer);
    const a = this.at;
    f32.set(model.W, a.W / 4); // rounds each float64 to the nearest float32
    f32.set(model.b, a.b / 4);
    f32.set(model.c, a.c / 4);
    f32.set(baseBias, a.bA / 4);
    f64.set(baseBias, a.bA64 / 8);
    f64.set(model.b, a.b64 / 8);
    for (let i = 0; i < nv; i++) f64[a.d64 / 8 + i] = model.b[i] - baseBias[i];
    wasm.transpose(a.W, nv, nh, a.WT);
    // The memory never grows after this, so views stay valid.
    this.result = new Float64Array(this.mem.buffer, a.out, count);
  }

  /** count x nv visible states, chain-major (a view of the module's memory). */
  get visible(): Uint8Array {
    return new Uint8Array(this.mem.buffer, this.at.v, this.count * this.size);
  }

  private refresh(): void {
    const { nv, nh } = this.model;
    this.wasm.refresh(this.at.W, this.at.c, this.at.v, this.count, nv, nh, this.at.act, this.at.idx);
  }

  drawReference(rng: Rng): void {
    const { nv } = this.model;
    const v = this.visible;
    const bA = this.baseBias;
    // As sampleBernoulli in the reference: u (1 + e^-bA) < 1, chain by chain.
    for (let c = 0; c < this.count; c++) for (let i = 0; i < nv; i++) v[c * nv + i] = rng.nextFloat() * (1 + Math.exp(-bA[i])) < 1 ? 1 : 0;
    this.refresh();
  }

  /** Start every chain from given visible states (count x nv values, each 0 or 1). */
  setStates(states: ArrayLike<number>): void {
    const v = this.visible;
    if (states.length !== v.length) throw new RangeError(`rbm chain states must have ${v.length} entries, got ${states.length}`);
    for (let i = 0; i < states.length; i++) {
      const x = states[i];
      if (x !== 0 && x !== 1) throw new RangeError(`rbm visible states must be 0 or 1, got ${x} at ${i}`);
      v[i] = x;
    }
    this.refresh();
  }

  logDensity(beta: number, out: Float64Array): void {
    const { nv, nh } = this.model;
    this.wasm.logDensity(this.at.act, this.at.bA64, this.at.b64, this.at.v, this.count, nv, nh, beta, this.at.out);
    out.set(this.result);
  }

  logRatio(bTo: number, bFrom: number, out: Float64Array): void {
    const { nv, nh } = this.model;
    this.wasm.logRatio(this.at.act, this.at.d64, this.at.v, this.count, nv, nh, bTo, bFrom, this.at.out);
    out.set(this.result);
  }

  advance(rng: Rng, beta: number, sweeps: number): void {
    const { nv, nh } = this.model;
    const a = this.at;
    // The generator runs inside the module on a copy of the Rng's state, then hands it back.
    new Uint32Array(this.mem.buffer, a.S, 4).set(rng.s);
    this.wasm.advance(a.W, a.WT, a.b, a.c, a.bA, a.v, this.count, nv, nh, beta, sweeps, a.S, a.act, a.e, a.idx);
    rng.restoreState(new Uint32Array(this.mem.buffer, a.S, 4));
  }

  observe(name: string, out: Float64Array): void {
    const { nv } = this.model;
    if (name === 'free_energy') {
      this.logDensity(1, out);
      for (let c = 0; c < this.count; c++) out[c] = -out[c];
    } else if (name === 'mean_activity') {
      const v = this.visible;
      for (let c = 0; c < this.count; c++) {
        let on = 0;
        for (let i = c * nv; i < (c + 1) * nv; i++) on += v[i];
        out[c] = on / nv;
      }
    } else {
      throw new RangeError(`rbm has no observable ${name}`);
    }
  }

  saveState(): Uint8Array {
    return this.visible.slice();
  }

  loadState(bytes: Uint8Array): void {
    if (bytes.length !== this.count * this.size) throw new RangeError(`rbm state must be ${this.count * this.size} bytes, got ${bytes.length}`);
    this.setStates(bytes);
  }

  stateOf(c: number): ArrayLike<number> {
    return this.visible.subarray(c * this.size, (c + 1) * this.size);
  }
}

/**
 * The float32 WebAssembly SIMD training kernel (assembly/rbm-train.ts) behind the
 * TrainingKernel contract. This side lays out the module's memory (parameters as float32,
 * rows as bytes, scratch), draws the uniforms from the caller's Rng in the reference kernel's
 * order, by running the same generator inside the module (so both kernels see the same randomness), and returns the statistics as float64 sums. One prepared kernel per
 * module instance at a time: preparing lays the memory out afresh.
 * The module is instantiated by the caller (worker/training-kernels.ts): core reads no files.
 */
import type { RbmParams } from '../train/rbm-params.js';
import type { Statistics } from '../train/statistics.js';
import type { PreparedKernel, TrainingKernel } from '../train/training-kernel.js';

/** The part of a WebAssembly.Memory used here (the project's TypeScript lib has no WebAssembly types). */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}

/** What assembly/rbm-train.ts exports. Pointers are byte offsets into `memory`. */
export interface RbmTrainExports {
  memory: WasmMemory;
  hiddenProbabilities(W: number, c: number, v: number, rows: number, nv: number, nh: number, P: number, idx: number): void;
  accumulate(v: number, P: number, rows: number, nv: number, nh: number, sw: number, sb: number, sc: number, idx: number): void;
  gibbs(W: number, WT: number, b: number, c: number, v: number, rows: number, nv: number, nh: number, k: number, S: number, a: number, e: number, idx: number): void;
  transpose(W: number, rows: number, cols: number, WT: number): void;
  widen(src: number, n: number, dst: number): void;
}

/** The module's static data ends well below this (checked at build by its size); the heap starts here. */
const HEAP_START = 65536;
const PAGE = 65536;

/** A bump layout of 16-byte-aligned blocks; grows the memory to fit. */
class Layout {
  private next = HEAP_START;
  constructor(private readonly memory: WasmMemory) {}
  take(bytes: number): number {
    const at = this.next;
    this.next = (this.next + bytes + 15) & ~15;
    const needed = Math.ceil(this.next / PAGE) - this.memory.buffer.byteLength / PAGE;
    if (needed > 0) this.memory.grow(needed);
    return at;
  }
}

export function wasmTrainingKernel(exports: RbmTrainExports): TrainingKernel {
  return (params: RbmParams): PreparedKernel => {
    const { nv, nh } = params;
    const mem = exports.memory;
    const layout = new Layout(mem);
    const W = layout.take(4 * nv * nh);
    const WT = layout.take(4 * nv * nh);
    const b = layout.take(4 * nv);
    const c = layout.take(4 * nh);
    const a = layout.take(4 * nh);
    const e = layout.take(4 * nv);
    const idx = layout.take(4 * Math.max(nv, nh, 1));
    // The sums sw (nv x nh), sb (nv), sc (nh) in one contiguous block.
    const sw = layout.take(4 * (nv * nh + nv + nh));
    const sb = sw + 4 * nv * nh;
    const sc = sb + 4 * nv;
    const wide = layout.take(8 * (nv * nh + nv + nh));
    let rowsCapacity = 0;
    let rowsAt = 0;
    let pAt = 0;
    const rngState = layout.take(16);
    let idxRows = 0;
    let idxRowsAt = 0;
    {
      const m = new Float32Array(mem.buffer);
      m.set(params.W, W / 4); // rounds each float64 to the nearest float32
      m.set(params.b, b / 4);
      m.set(params.c, c / 4);
      exports.transpose(W, nv, nh, WT);
    }
    const ensureRows = (rows: number) => {
      if (rows > rowsCapacity) {
        rowsCapacity = rows;
        rowsAt = layout.take(rows * nv);
        pAt = layout.take(4 * rows * nh);
      }
      if (rows > idxRows) {
        idxRows = rows;
        idxRowsAt = layout.take(4 * rows);
      }
    };
    return {
      accumulate(v: Uint8Array, rows: number, out: Statistics) {
        if (rows === 0) return;
        ensureRows(rows);
        new Uint8Array(mem.buffer, rowsAt, rows * nv).set(v.subarray(0, rows * nv));
        new Float32Array(mem.buffer, sw, nv * nh + nv + nh).fill(0); // sw, sb, sc are contiguous
        exports.hiddenProbabilities(W, c, rowsAt, rows, nv, nh, pAt, idx);
        exports.accumulate(rowsAt, pAt, rows, nv, nh, sw, sb, sc, idxRowsAt);
        // sw, sb, sc are contiguous: widen all three to float64 in one call, then copy out.
        const n = nv * nh + nv + nh;
        exports.widen(sw, n, wide);
        const sums = new Float64Array(mem.buffer, wide, n);
        addInto(out.w, sums.subarray(0, nv * nh), out.rows === 0);
        addInto(out.b, sums.subarray(nv * nh, nv * nh + nv), out.rows === 0);
        addInto(out.c, sums.subarray(nv * nh + nv), out.rows === 0);
        out.rows += rows;
      },
      gibbs(rng, v, rows, k) {
        if (rows === 0 || k === 0) return;
        ensureRows(rows);
        // The generator runs inside the module on a copy of the Rng's state: the same stream
        // as rng.nextFloat() in the reference kernel, in the same order.
        const state = new Uint32Array(mem.buffer, rngState, 4);
        state.set(rng.s);
        new Uint8Array(mem.buffer, rowsAt, rows * nv).set(v.subarray(0, rows * nv));
        exports.gibbs(W, WT, b, c, rowsAt, rows, nv, nh, k, rngState, a, e, idx);
        v.set(new Uint8Array(mem.buffer, rowsAt, rows * nv));
        rng.restoreState(new Uint32Array(mem.buffer, rngState, 4));
      },
    };
  };
}

/** into += from; a plain copy (memcpy) when `into` is still all zeros. */
function addInto(into: Float64Array, from: Float64Array, intoIsZero: boolean): void {
  if (intoIsZero) {
    into.set(from);
    return;
  }
  for (let q = 0; q < into.length; q++) into[q] += from[q];
}

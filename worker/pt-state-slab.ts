/**
 * A PT copy's state (core/pt/copy-round.ts PtCopyState) in one SharedArrayBuffer: the chain
 * host thread writes it after every round, and the worker node's main thread keeps the
 * buffer, so a copy outlives the thread that ran it (a replacement thread reloads it; see
 * worker/chain-host.ts). Typed-array views over fixed offsets, little-endian as everywhere.
 *
 * Layout (bytes, each part 8-aligned): header int32[8] = [round, replicas, roundTrips,
 * restarts, chainBytesTotal, 0, 0, 0]; swap stream uint32[4]; replica streams uint32[4R];
 * ladder index -> replica int32[R]; chain-state offsets int32[R + 1]; index-process marks
 * int8[R]; chain states uint8[chainBytesTotal].
 */
import type { PtCopyState } from '../core/pt/copy-round.js';

const HEADER_WORDS = 8;

interface SlabViews {
  header: Int32Array;
  swapRng: Uint32Array;
  replicaRng: Uint32Array;
  replicaAtLevel: Int32Array;
  chainOffsets: Int32Array;
  lastEnd: Int8Array;
  chainBytes: Uint8Array;
}

const align8 = (n: number): number => (n + 7) & ~7;

function layout(replicas: number, chainBytesTotal: number): { sizes: number[]; total: number } {
  const sizes = [HEADER_WORDS * 4, 16, 16 * replicas, 4 * replicas, 4 * (replicas + 1), replicas, chainBytesTotal];
  return { sizes, total: sizes.reduce((sum, s) => sum + align8(s), 0) };
}

function views(buffer: SharedArrayBuffer, replicas: number, chainBytesTotal: number): SlabViews {
  const { sizes } = layout(replicas, chainBytesTotal);
  const offsets: number[] = [];
  let at = 0;
  for (const size of sizes) {
    offsets.push(at);
    at += align8(size);
  }
  return {
    header: new Int32Array(buffer, offsets[0], HEADER_WORDS),
    swapRng: new Uint32Array(buffer, offsets[1], 4),
    replicaRng: new Uint32Array(buffer, offsets[2], 4 * replicas),
    replicaAtLevel: new Int32Array(buffer, offsets[3], replicas),
    chainOffsets: new Int32Array(buffer, offsets[4], replicas + 1),
    lastEnd: new Int8Array(buffer, offsets[5], replicas),
    chainBytes: new Uint8Array(buffer, offsets[6], chainBytesTotal),
  };
}

/** A slab sized for `state` (chain states keep their size for the life of a copy). */
export function allocateSlab(state: PtCopyState): SharedArrayBuffer {
  const chainBytesTotal = state.chainStates.reduce((n, s) => n + s.length, 0);
  const buffer = new SharedArrayBuffer(layout(state.chainStates.length, chainBytesTotal).total);
  const header = new Int32Array(buffer, 0, HEADER_WORDS);
  header[1] = state.chainStates.length;
  header[4] = chainBytesTotal;
  return buffer;
}

function viewsOf(buffer: SharedArrayBuffer): SlabViews {
  const header = new Int32Array(buffer, 0, HEADER_WORDS);
  return views(buffer, header[1], header[4]);
}

/** Store the copy's state after `round` rounds (the round number is written last). */
export function writeSlab(buffer: SharedArrayBuffer, round: number, state: PtCopyState): void {
  const v = viewsOf(buffer);
  const R = v.header[1];
  if (state.chainStates.length !== R) throw new RangeError(`a slab of ${R} replicas cannot hold ${state.chainStates.length}`);
  let at = 0;
  state.chainStates.forEach((bytes, r) => {
    v.chainOffsets[r] = at;
    v.chainBytes.set(bytes, at);
    at += bytes.length;
  });
  if (at !== v.header[4]) throw new RangeError(`chain states of ${at} bytes do not fit a slab of ${v.header[4]}`);
  v.chainOffsets[R] = at;
  state.replicaRngStates.forEach((words, r) => v.replicaRng.set(words, 4 * r));
  v.replicaAtLevel.set(state.replicaAtLevel);
  v.lastEnd.set(state.lastEnd);
  v.swapRng.set(state.swapRngState);
  v.header[2] = state.roundTrips;
  v.header[3] = state.restarts;
  v.header[0] = round;
}

/** The state a slab holds (copies: the slab is overwritten by the next round), and its round. */
export function readSlab(buffer: SharedArrayBuffer): { round: number; state: PtCopyState } {
  const v = viewsOf(buffer);
  const R = v.header[1];
  const chainStates: Uint8Array[] = [];
  for (let r = 0; r < R; r++) chainStates.push(v.chainBytes.slice(v.chainOffsets[r], v.chainOffsets[r + 1]));
  return {
    round: v.header[0],
    state: {
      chainStates,
      replicaRngStates: Array.from({ length: R }, (_, r) => v.replicaRng.slice(4 * r, 4 * r + 4)),
      replicaAtLevel: v.replicaAtLevel.slice(),
      lastEnd: v.lastEnd.slice(),
      swapRngState: v.swapRng.slice(),
      roundTrips: v.header[2],
      restarts: v.header[3],
    },
  };
}

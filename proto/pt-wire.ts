/**
 * PT's values on the wire: a copy's state (PtCopyState) and a copy's round record with its
 * estimate (PtResult), to and from the core's typed arrays. Little-endian bytes, as every
 * numeric array travels.
 */
import type { PtCopyState } from '../core/pt/copy-round.js';
import type { RoundRecord } from '../core/pt/round-record.js';
import type { SteppingStoneEstimate } from '../core/pt/stepping-stone.js';
import type { ebm } from './generated/ebm.js';
import { bytesFloat64, bytesInt32, float64Bytes, int32Bytes, wire } from './messages.js';

type WirePtCopyState = ebm.v1.PtCopyState;
type WirePtResult = ebm.v1.PtResult;

/**
 * A Buffer view of bytes (no copy): protobufjs copies Buffers with memcpy and plain
 * Uint8Arrays byte by byte, which is most of the cost of encoding a large record.
 */
function view(bytes: Uint8Array): Uint8Array {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function uint32Bytes(words: ArrayLike<number>[]): Uint8Array {
  const out = new Uint8Array(words.reduce((n, w) => n + w.length, 0) * 4);
  const view = new DataView(out.buffer);
  let k = 0;
  for (const w of words) for (let i = 0; i < w.length; i++) view.setUint32(4 * k++, w[i], true);
  return out;
}

/** Groups of `width` uint32 words. */
function bytesUint32(bytes: Uint8Array | null | undefined, width: number): Uint32Array[] {
  if (!bytes || bytes.length % (4 * width) !== 0) throw new RangeError(`uint32 field of ${bytes?.length ?? 0} bytes is not a whole number of ${width}-word groups`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: Uint32Array[] = [];
  for (let g = 0; g < bytes.length / (4 * width); g++) out.push(Uint32Array.from({ length: width }, (_, i) => view.getUint32(4 * (g * width + i), true)));
  return out;
}

export function copyStateToWire(state: PtCopyState): WirePtCopyState {
  return wire.PtCopyState.create({
    chainStates: state.chainStates.map(view),
    replicaRngStates: uint32Bytes(state.replicaRngStates),
    replicaAtLevel: view(int32Bytes(state.replicaAtLevel)),
    lastEnd: view(new Uint8Array(state.lastEnd.buffer, state.lastEnd.byteOffset, state.lastEnd.byteLength)),
    swapRngState: uint32Bytes([state.swapRngState]),
    roundTrips: state.roundTrips,
    restarts: state.restarts,
  });
}

export function copyStateFromWire(state: ebm.v1.IPtCopyState): PtCopyState {
  const lastEnd = state.lastEnd ?? new Uint8Array(0);
  return {
    chainStates: (state.chainStates ?? []).map((b) => Uint8Array.from(b)),
    replicaRngStates: bytesUint32(state.replicaRngStates, 4),
    replicaAtLevel: Int32Array.from(bytesInt32(state.replicaAtLevel)),
    lastEnd: Int8Array.from(new Int8Array(lastEnd.buffer, lastEnd.byteOffset, lastEnd.byteLength)),
    swapRngState: bytesUint32(state.swapRngState, 4)[0],
    roundTrips: state.roundTrips ?? 0,
    restarts: state.restarts ?? 0,
  };
}

/**
 * The record, its stepping-stone estimate, and the copy's state when the coordinator asked for
 * it (undefined: not sent). The per-scan swap terms are not sent: the estimate is all that
 * reads them. The per-scan observation series (most of the rest) are read only from the last
 * round's records (core/pt/run-pt.ts ptResultOf, coordinator/sample-pt.ts), so a unit sends
 * them only when `withObservations` (the last round asks).
 */
export function roundRecordToWire(record: RoundRecord, estimate: SteppingStoneEstimate, state: PtCopyState | undefined, sweeps: number, withObservations = true): WirePtResult {
  return wire.PtResult.create({
    ...(state ? { state: copyStateToWire(state) } : {}),
    scans: record.scans,
    observationNames: [...record.observationNames],
    observations: withObservations ? view(float64Bytes(record.observations)) : new Uint8Array(0),
    acceptanceSum: view(float64Bytes(record.acceptanceSum)),
    proposed: view(float64Bytes(record.proposed)),
    accepted: view(float64Bytes(record.accepted)),
    roundTrips: record.roundTrips,
    restarts: record.restarts,
    sweeps,
    estimate: estimateToWire(estimate),
  });
}

function estimateToWire(e: SteppingStoneEstimate): ebm.v1.SteppingStoneEstimate {
  return wire.SteppingStoneEstimate.create({
    logZ: e.logZ,
    stderr: e.stderr,
    logZForward: e.logZForward,
    stderrForward: e.stderrForward,
    logZBackward: e.logZBackward,
    stderrBackward: e.stderrBackward,
    pairLogRatios: view(float64Bytes(e.pairLogRatios)),
    logZCurve: view(float64Bytes(e.logZCurve)),
    batchSize: e.batchSize,
    plateaued: e.plateaued,
    scans: e.scans,
  });
}

function estimateFromWire(e: ebm.v1.ISteppingStoneEstimate): SteppingStoneEstimate {
  return {
    logZ: e.logZ ?? Number.NaN,
    stderr: e.stderr ?? Number.NaN,
    logZForward: e.logZForward ?? Number.NaN,
    stderrForward: e.stderrForward ?? Number.NaN,
    logZBackward: e.logZBackward ?? Number.NaN,
    stderrBackward: e.stderrBackward ?? Number.NaN,
    pairLogRatios: ownFloat64(e.pairLogRatios),
    logZCurve: ownFloat64(e.logZCurve),
    batchSize: e.batchSize ?? 0,
    plateaued: e.plateaued ?? false,
    scans: e.scans ?? 0,
  };
}

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/**
 * A float64 field's values in an array of their own, with one memcpy (the field is rarely
 * 8-aligned in the message, and a value-by-value read of a round's record is most of
 * decoding it). Little-endian hosts only; others convert value by value.
 */
function ownFloat64(bytes: Uint8Array | null | undefined): Float64Array {
  if (!LITTLE_ENDIAN || !bytes || bytes.length % 8 !== 0) return Float64Array.from(bytesFloat64(bytes));
  const out = new Float64Array(bytes.length / 8);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}


/**
 * The record a PtResult carries (copies of the bytes: the record outlives the message) and its
 * stepping-stone estimate, undefined in a result of protocol 2 (e.g. an older run folder's
 * checkpoint), which sent the per-scan swap terms instead: the record then holds them.
 */
export function copyRoundFromWire(result: ebm.v1.IPtResult): { record: RoundRecord; estimate: SteppingStoneEstimate | undefined } {
  const acceptanceSum = ownFloat64(result.acceptanceSum);
  const scans = result.scans ?? 0;
  const record: RoundRecord = {
    capacity: scans,
    scans,
    pairs: acceptanceSum.length,
    observationNames: [...(result.observationNames ?? [])],
    forward: ownFloat64(result.forward),
    backward: ownFloat64(result.backward),
    observations: ownFloat64(result.observations),
    acceptanceSum,
    proposed: ownFloat64(result.proposed),
    accepted: ownFloat64(result.accepted),
    roundTrips: result.roundTrips ?? 0,
    restarts: result.restarts ?? 0,
  };
  return { record, estimate: result.estimate ? estimateFromWire(result.estimate) : undefined };
}

/**
 * PT's values on the wire: a copy's state (PtCopyState) and a copy's round record with its
 * estimate (PtResult), to and from the core's typed arrays. Little-endian bytes, as every
 * numeric array travels.
 */
import type { PtCopyState } from '../core/pt/copy-round.js';
import type { RoundRecord } from '../core/pt/round-record.js';
import type { SteppingStoneEstimate } from '../core/pt/stepping-stone.js';
import type { EstimateWithError, LevelObservables } from '../core/pt/observables.js';
import type { ebm } from './generated/ebm.js';
import { bytesFloat64, bytesInt32, float64Bytes, int32Bytes, wire } from './messages.js';
import { packTwoValued, unpackTwoValued } from './two-valued-bytes.js';

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

/** Two-valued states (spins, bits) go packed eight to a byte; others as they are. */
function chainStatesToWire(states: Uint8Array[]): Pick<ebm.v1.IPtCopyState, 'chainStates' | 'packedChainStates'> {
  const packed = packTwoValued(states);
  return packed ? { chainStates: [], packedChainStates: wire.PackedStates.create({ ...packed, bits: view(packed.bits) }) } : { chainStates: states.map(view) };
}

function chainStatesFromWire(state: ebm.v1.IPtCopyState): Uint8Array[] {
  const packed = state.packedChainStates;
  if (!packed) return (state.chainStates ?? []).map((b) => Uint8Array.from(b));
  return unpackTwoValued({ count: packed.count ?? 0, length: packed.length ?? 0, low: packed.low ?? 0, high: packed.high ?? 0, bits: packed.bits ?? new Uint8Array(0) });
}

export function copyStateToWire(state: PtCopyState): WirePtCopyState {
  return wire.PtCopyState.create({
    ...chainStatesToWire(state.chainStates),
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
    chainStates: chainStatesFromWire(state),
    replicaRngStates: bytesUint32(state.replicaRngStates, 4),
    replicaAtLevel: Int32Array.from(bytesInt32(state.replicaAtLevel)),
    lastEnd: Int8Array.from(new Int8Array(lastEnd.buffer, lastEnd.byteOffset, lastEnd.byteLength)),
    swapRngState: bytesUint32(state.swapRngState, 4)[0],
    roundTrips: state.roundTrips ?? 0,
    restarts: state.restarts ?? 0,
  };
}

/** What a round's reply carries beside the record's acceptance counts and the estimate. */
export interface RoundExtras {
  /** The copy's state, when the coordinator asked for it. */
  state?: PtCopyState;
  /** The observables' per-level estimates (the last round). */
  observables?: LevelObservables[];
  /** The per-scan observation series (the last round of a sample run). */
  series?: boolean;
}

/**
 * The record and its stepping-stone estimate, with the extras the coordinator asked for.
 * The per-scan swap terms are never sent: the estimate is all that reads them. The per-scan
 * observation series are sent only when asked (`series`): a logZ run reads only the
 * per-level estimates made from them, a sample run the draws at b = 1 of its last round.
 */
export function roundRecordToWire(record: RoundRecord, estimate: SteppingStoneEstimate, sweeps: number, extras: RoundExtras = {}): WirePtResult {
  return wire.PtResult.create({
    ...(extras.state ? { state: copyStateToWire(extras.state) } : {}),
    scans: record.scans,
    observationNames: [...record.observationNames],
    observations: extras.series ? view(float64Bytes(record.observations)) : new Uint8Array(0),
    acceptanceSum: view(float64Bytes(record.acceptanceSum)),
    proposed: view(float64Bytes(record.proposed)),
    accepted: view(float64Bytes(record.accepted)),
    roundTrips: record.roundTrips,
    restarts: record.restarts,
    sweeps,
    estimate: estimateToWire(estimate),
    observables: (extras.observables ?? []).map(levelToWire),
  });
}

function levelToWire(row: LevelObservables): ebm.v1.LevelObservables {
  const names = Object.keys(row.means);
  return wire.LevelObservables.create({
    level: row.level,
    b: row.b,
    names,
    means: names.map((name) => wire.EstimateWithError.create(row.means[name])),
    specificHeat: wire.EstimateWithError.create(row.specificHeat),
    ...(row.binder ? { binder: wire.EstimateWithError.create(row.binder) } : {}),
  });
}

function withErrorFromWire(e: ebm.v1.IEstimateWithError | null | undefined): EstimateWithError {
  return { value: e?.value ?? Number.NaN, stderr: e?.stderr ?? Number.NaN, tau: e?.tau ?? Number.NaN };
}

function levelFromWire(row: ebm.v1.ILevelObservables): LevelObservables {
  const names = row.names ?? [];
  const means: Record<string, EstimateWithError> = {};
  names.forEach((name, i) => (means[name] = withErrorFromWire(row.means?.[i])));
  const out: LevelObservables = { level: row.level ?? 0, b: row.b ?? Number.NaN, means, specificHeat: withErrorFromWire(row.specificHeat) };
  if (row.binder) out.binder = withErrorFromWire(row.binder);
  return out;
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
 * The record a PtResult carries (copies of the bytes: the record outlives the message), its
 * stepping-stone estimate and its per-level observables (undefined when not sent). A result
 * of protocol 2 (e.g. an older run folder's checkpoint) sent the per-scan swap terms and
 * observation series instead of these: the record then holds them.
 */
export function copyRoundFromWire(result: ebm.v1.IPtResult): { record: RoundRecord; estimate?: SteppingStoneEstimate; observables?: LevelObservables[] } {
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
  return {
    record,
    ...(result.estimate ? { estimate: estimateFromWire(result.estimate) } : {}),
    ...(result.observables && result.observables.length > 0 ? { observables: result.observables.map(levelFromWire) } : {}),
  };
}

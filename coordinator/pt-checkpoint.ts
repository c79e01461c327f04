/**
 * The PT run's checkpoint in its run folder (pt.checkpoint.json), written atomically after
 * every round: the coordinator's ladder, round and scan counters, the per-round table, and
 * each copy's last PtResult (its replica states, streams, permutation and swap stream, and
 * the record the final estimates come from) as base64 protobuf. `ebm resume` continues from
 * the last finished round to the same bits.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PtCoordinatorState } from '../core/pt/coordinator.js';
import type { PtRoundRow } from '../core/pt/run-pt.js';
import { wire } from '../proto/messages.js';
import { writeJsonAtomic } from './atomic-file.js';

export const PT_CHECKPOINT = 'pt.checkpoint.json';

export type WirePtResult = ReturnType<typeof wire.PtResult.decode>;

export interface PtRuntimeCheckpoint {
  /** Rounds finished. */
  round: number;
  scan: number;
  /** The ladder of the next round. */
  betas: number[];
  /** The ladder the last finished round ran on. */
  roundBetas: number[];
  chains: { roundTrips: number; restarts: number }[];
  rows: PtRoundRow[];
  copyResults: WirePtResult[];
}

export function savePtCheckpoint(
  dir: string,
  state: { coordinator: PtCoordinatorState; roundBetas: Float64Array; rows: PtRoundRow[]; copyResults: WirePtResult[] },
): void {
  const { coordinator } = state;
  writeJsonAtomic(join(dir, PT_CHECKPOINT), {
    round: coordinator.round,
    scan: coordinator.scan,
    betas: Array.from(coordinator.betas),
    roundBetas: Array.from(state.roundBetas),
    chains: coordinator.chains.map((c) => ({ roundTrips: c.roundTrips, restarts: c.restarts })),
    rows: state.rows,
    copyResults: state.copyResults.map((r) => Buffer.from(wire.PtResult.encode(r).finish()).toString('base64')),
  });
}

export function loadPtCheckpoint(dir: string): PtRuntimeCheckpoint | undefined {
  const file = join(dir, PT_CHECKPOINT);
  if (!existsSync(file)) return undefined;
  const stored = JSON.parse(readFileSync(file, 'utf8')) as Omit<PtRuntimeCheckpoint, 'copyResults'> & { copyResults: string[] };
  return { ...stored, copyResults: stored.copyResults.map((b64) => wire.PtResult.decode(new Uint8Array(Buffer.from(b64, 'base64')))) };
}

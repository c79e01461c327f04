/**
 * A PT unit: one round of one copy (core/pt/copy-round.ts). The copy's replicas start from
 * the reference in round 1 and from the state the unit carries afterwards; the unit returns
 * the round's record and the copy's new state. The same bits come back whichever worker runs it.
 */
import type { ReferenceSpec } from '../../core/models/model.js';
import { createPtCopy, loadCopy, runCopyRound, saveCopy } from '../../core/pt/copy-round.js';
import type { SwapScheme } from '../../core/pt/swap.js';
import { bytesFloat64, type PtUnit, type UnitRequest, type UnitResult } from '../../proto/messages.js';
import { copyStateFromWire, roundRecordToWire } from '../../proto/pt-wire.js';
import { modelFromWire } from '../model-cache.js';

export function runPtUnit(request: UnitRequest, result: UnitResult): void {
  const unit = request.pt as PtUnit; // decoded messages are full instances
  const model = modelFromWire(unit.modelJson);
  const reference = JSON.parse(unit.referenceJson || '{"kind":"uniform"}') as ReferenceSpec;
  const path = model.temperedPath(reference);
  const betas = Float64Array.from(bytesFloat64(unit.betas));
  if (betas.length !== unit.replicas) throw new RangeError(`PT unit ${request.unitId}: ${betas.length} betas for ${unit.replicas} replicas`);
  const copy = createPtCopy(path, Number(unit.seed), unit.copy, unit.replicas, unit.sampler ? { sampler: unit.sampler } : {});
  if (unit.state) loadCopy(copy, copyStateFromWire(unit.state));
  const record = runCopyRound(copy, {
    betas,
    scheme: unit.scheme as SwapScheme,
    scanStart: Number(unit.scanStart),
    scans: unit.scans,
    sweeps: unit.sweeps,
  });
  result.pt = roundRecordToWire(record, saveCopy(copy), unit.replicas * unit.scans * unit.sweeps);
}

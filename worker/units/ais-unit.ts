/** An AIS unit: its chains, from the unit's own stream, walked along the schedule it carries. */
import { runAisChains } from '../../core/ais/ais-chains.js';
import type { ReferenceSpec } from '../../core/models/model.js';
import { streamRng } from '../../core/rng/rng.js';
import { bytesFloat64, bytesInt32, float64Bytes, wire, type AisUnit, type UnitRequest, type UnitResult } from '../../proto/messages.js';
import { RbmPath } from '../../core/models/rbm/rbm-path.js';
import { rbmAisInstantiate } from '../ais-kernels.js';
import { modelFromWire } from '../model-cache.js';

/** The purpose string of AIS chain streams; (seed, purpose, unit id) names a unit's stream. */
export const AIS_PURPOSE = 'ais.chains';

export function runAisUnit(request: UnitRequest, result: UnitResult): void {
  const unit = request.ais as AisUnit; // decoded messages are full instances
  const model = modelFromWire(unit.modelJson);
  const reference = JSON.parse(unit.referenceJson || '{"kind":"uniform"}') as ReferenceSpec;
  let path = model.temperedPath(reference);
  // The RBM's WebAssembly kernel needs its compiled module (core reads no files).
  if (unit.sampler === 'gibbs-wasm' && path instanceof RbmPath) path = path.withWasm(rbmAisInstantiate());
  const betas = bytesFloat64(unit.betas);
  const rng = streamRng(Number(unit.seed), AIS_PURPOSE, request.unitId);
  const out = runAisChains({
    path,
    betas,
    chains: unit.chains,
    sweeps: unit.sweeps,
    rng,
    traceAt: bytesInt32(unit.traceAt),
    chainOptions: unit.sampler ? { sampler: unit.sampler } : {},
  });
  result.ais = wire.AisResult.create({
    logWeights: float64Bytes(out.logWeights),
    trace: float64Bytes(out.trace),
    sweeps: unit.chains * unit.sweeps * (betas.length - 2),
  });
}

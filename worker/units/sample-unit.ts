/** A sampling unit: its chains at the model itself, from the unit's own stream. */
import { sampleUnit } from '../../core/sample/sample-unit.js';
import { seriesBytes, stateBytes, stateTypeOf } from '../../core/sample/state-array.js';
import { wire, type UnitRequest, type UnitResult } from '../../proto/messages.js';
import type { ebm } from '../../proto/generated/ebm.js';
import { modelFromWire } from '../model-cache.js';

export function runSampleUnit(request: UnitRequest, result: UnitResult): void {
  const unit = request.sample as ebm.v1.SampleUnit; // decoded messages are full instances
  const model = modelFromWire(unit.modelJson);
  const out = sampleUnit({
    path: model.temperedPath(),
    seed: Number(unit.seed),
    unitId: request.unitId,
    chains: unit.chains,
    burnIn: unit.burnIn,
    thin: unit.thin,
    draws: unit.draws,
    observables: unit.observables.length > 0 ? unit.observables : undefined,
    keepStates: unit.keepStates,
    sampler: unit.sampler || undefined,
  });
  result.sample = wire.SampleResult.create({
    observables: out.observables,
    series: seriesBytes(out.series),
    stateSize: out.stateSize,
    stateType: out.states ? stateTypeOf(out.states) : '',
    states: out.states ? stateBytes(out.states) : new Uint8Array(0),
    sweeps: unit.chains * (unit.burnIn + unit.thin * unit.draws),
  });
}

/**
 * `sample` with method pt: the draws come from the target (b = 1) replica of parallel
 * tempering (Syed et al. 2021; coordinator/pt-run.ts), one PT copy per chain, so chains mix
 * through the hot replicas instead of staying in one mode. Earlier rounds tune the ladder and
 * burn in; the final round's scans at b = 1 are the draws, and the copies are the chains that
 * split R-hat and ESS compare. Only observables travel back, never states.
 */
import { linearSchedule } from '../core/ais/schedule.js';
import type { Model } from '../core/models/model.js';
import { observationSeries } from '../core/pt/round-record.js';
import type { SampleSet } from '../core/sample/sample-unit.js';
import type { SampleSpec } from '../experiments/spec.js';
import { runPtOnWorkers } from './pt-run.js';
import type { TaskContext } from './task.js';

/** How long one PT unit (a round of one copy) may run before it goes to another worker. */
const PT_UNIT_TIMEOUT_MS = 30 * 60_000;

export async function samplePt(context: TaskContext<SampleSpec>, model: Model, observables: string[]): Promise<SampleSet> {
  const { spec, events } = context;
  const options = spec.sample;
  const { lastRecords } = await runPtOnWorkers({
    transport: context.transport,
    runId: context.runId,
    model,
    seed: spec.seed,
    betas: linearSchedule(options.pt.replicas - 1),
    rounds: options.pt.rounds,
    sweeps: options.thin,
    scheme: 'deo',
    adapt: true,
    copies: options.chains,
    runDir: context.runDir,
    checkpointEvery: options.pt.checkpointEvery,
    keepSeries: true,
    source: context.specFile,
    timeoutMs: PT_UNIT_TIMEOUT_MS,
    onRound: (row) => events.progress(row.round, options.pt.rounds),
    onRetry: (unitId, attempt, reason) => events.retry(unitId, attempt, reason),
    workerLoss: context.workerLoss,
    guard: context.guard,
  });
  const target = lastRecords[0].pairs; // the ladder's last point, b = 1
  const draws = lastRecords[0].scans;
  const series = observables.map((name) => {
    const out = new Float64Array(options.chains * draws);
    lastRecords.forEach((record, copy) => out.set(observationSeries(record, target, record.observationNames.indexOf(name)), copy * draws));
    return out;
  });
  return { chains: options.chains, draws, observables, series, stateSize: model.size };
}

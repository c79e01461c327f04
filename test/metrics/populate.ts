/** Fills every metric of a registry with a plausible value, so exposition checks see every family. */
import { recordEstimate, recordMessage, recordPtRound, recordRejected, recordRunInfo, recordTrainEpoch, recordUnit } from '../../metrics/index.js';
import type { CoordinatorMetrics, WorkerMetrics } from '../../metrics/index.js';

export function populateWorker(metrics: WorkerMetrics, units: number): void {
  for (let i = 0; i < units; i++) recordUnit(metrics, { sweeps: 100, flips: 2500, seconds: 0.25 });
  recordMessage(metrics, 'received', 4096);
  recordMessage(metrics, 'sent', 1024);
  recordRejected(metrics, 'version');
}

export function populateCoordinator(metrics: CoordinatorMetrics, logZ: number, workers: number): void {
  populateWorker(metrics, 3);
  recordRunInfo(metrics, { run: 'run-1', method: 'pt', model: 'ising2d' });
  metrics.workers.set(workers);
  metrics.unitsRetried.inc();
  recordEstimate(metrics, { logZ, stderr: 0.05, ess: 812.5 });
  recordPtRound(metrics, { swapAcceptance: [0.8, 0.6, 0.7], newRoundTrips: 2, globalBarrier: 0.9, seconds: 1.5 });
  recordTrainEpoch(metrics, { epoch: 4, gradientNorm: 0.3, reconstructionError: 0.12, logLik: -88.4 });
}

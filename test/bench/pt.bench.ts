/**
 * Parallel tempering on one thread (issue 4): a round of 32 replicas of a 64x64 Ising torus
 * near the critical point (64 scans of one sweep each), and the fraction of that round spent
 * in the coordinator's pure steps (recording reports, deciding swaps, the round's estimates
 * and ladder adaptation) -- the part that does not parallelise over workers. Target < 5%.
 */
import { ising2dType } from '../../core/models/ising2d.js';
import { coordinateScan, createRoundRecords, createScanScratch, levelOfSlot } from '../../core/pt/coordinator.js';
import { finishRound } from '../../core/pt/finish-round.js';
import { replicaScan } from '../../core/pt/replica.js';
import { createPtRun } from '../../core/pt/run-pt.js';
import type { Benchmark } from './benchmark.js';

const SCANS_PER_ROUND = 64;

/**
 * Seconds of replica work and of coordinator work per round: one warm-up round, then the
 * fastest of three (the machine is shared; the fastest round is the least disturbed one).
 */
function measureRound(): { replicaSeconds: number; coordinatorSeconds: number } {
  const model = ising2dType.parse({ type: 'ising2d', rows: 64, cols: 64, beta: 0.44068679350977147 }, 'bench');
  const run = createPtRun({ path: model.temperedPath(), seed: 1, replicas: 32, rounds: 4, scansPerRound: SCANS_PER_ROUND });
  let best = { replicaSeconds: Infinity, coordinatorSeconds: Infinity };
  for (let round = 0; round < 4; round++) {
    const { coordinator, replicas, reports } = run;
    let replicaSeconds = 0;
    let coordinatorSeconds = 0;
    const records = createRoundRecords(coordinator, SCANS_PER_ROUND, replicas[0].observationNames);
    const scratch = createScanScratch(coordinator);
    for (let t = 0; t < SCANS_PER_ROUND; t++) {
      const start = process.hrtime.bigint();
      for (let slot = 0; slot < replicas.length; slot++) replicaScan(replicas[slot], coordinator.betas, levelOfSlot(coordinator, slot), 1, reports[slot]);
      const mid = process.hrtime.bigint();
      coordinateScan(coordinator, reports, records, scratch);
      const end = process.hrtime.bigint();
      replicaSeconds += Number(mid - start) / 1e9;
      coordinatorSeconds += Number(end - mid) / 1e9;
    }
    const start = process.hrtime.bigint();
    finishRound(coordinator, records, model.temperedPath().logZ0, true);
    coordinatorSeconds += Number(process.hrtime.bigint() - start) / 1e9;
    if (round > 0 && replicaSeconds + coordinatorSeconds < best.replicaSeconds + best.coordinatorSeconds) best = { replicaSeconds, coordinatorSeconds };
  }
  return best;
}

export const ptBenchmarks: Benchmark[] = [
  {
    name: 'pt.ising2d.L64.R32.round_s',
    unit: 's',
    async measure() {
      const { replicaSeconds, coordinatorSeconds } = measureRound();
      return replicaSeconds + coordinatorSeconds;
    },
  },
  {
    name: 'pt.ising2d.L64.R32.coordination_fraction',
    unit: 'fraction',
    async measure() {
      const { replicaSeconds, coordinatorSeconds } = measureRound();
      return coordinatorSeconds / (replicaSeconds + coordinatorSeconds);
    },
  },
];

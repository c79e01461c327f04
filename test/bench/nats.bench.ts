/**
 * pt.nats.L64.R32.coordination_fraction: what NATS costs a PT round (issue 5 target < 0.1):
 * 2 copies of 32 replicas of a 64x64 Ising torus at the critical point, rounds of 256 scans,
 * on 2 `ebm worker` processes of 1 thread (one copy each). Per round, the fraction of the
 * workers' time not spent computing inside units, 1 - unit seconds / (round wall seconds x
 * 2 workers): placement, messaging the round's ladder and record (and, every 4th round and
 * the last, the copies' states), decoding, merging and finishRound. The median over rounds
 * 2-6 (round 1 carries thread start and JIT). The `.S4096` row: rounds of 4096 scans, the
 * median over rounds 2-4 (the record grows with the scans; the fixed cost is amortised).
 *
 * What NATS costs an AIS run: the same run (32x32 Ising torus at the critical point, 64
 * chains x 4000 temperatures in 16 units) embedded with 2 threads, and over NATS with 2
 * `ebm worker` processes of 1 thread each and the coordinator's own runtime
 * (startNatsRuntime, as `ebm run --nats` uses). The figure is embedded seconds / NATS
 * seconds = the NATS run's chain-steps per second as a fraction of the embedded one's
 * (issue 5 target >= 0.9). Rounds alternate and the fastest of each kind counts, so load
 * from other work on a shared machine hits both alike. Starts its own nats-server and
 * workers, and stops them.
 */
import { startEmbeddedRuntime, startNatsRuntime, type Runtime } from '../../cli/runtime.js';
import { runAis } from '../../coordinator/ais-run.js';
import { runPtOnWorkers } from '../../coordinator/pt-run.js';
import { linearSchedule } from '../../core/ais/schedule.js';
import { ising2dType } from '../../core/models/ising2d.js';
import { ProcessGroup } from '../dist/cluster.js';
import { NatsServer } from '../support/nats-server.js';
import type { Benchmark } from './benchmark.js';

const model = ising2dType.parse({ type: 'ising2d', rows: 32, cols: 32, beta: 0.44068679350977147 }, 'bench');
const betas = linearSchedule(4000);
const THREADS = 2;
/** Retried or backed-up attempts (printed on stderr: on a loaded machine they cost NATS throughput). */
let retries = 0;

/** Seconds of one AIS run on `runtime`, with the concurrency `ebm logz` uses (2 x threads). */
async function secondsOfRun(runtime: Runtime, runId: string): Promise<number> {
  const started = process.hrtime.bigint();
  await runAis({
    transport: runtime.transport,
    runId,
    model,
    betas,
    chains: 64,
    chainsPerUnit: 4,
    sweeps: 1,
    seed: 1,
    tracePoints: 10,
    concurrency: 2 * THREADS,
    timeoutMs: 600_000,
    workerLoss: runtime.workerLoss,
    guard: runtime.guard,
    onRetry: () => retries++,
  });
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const quietLog = { info: () => {}, warn: () => {} };

const ptModel = ising2dType.parse({ type: 'ising2d', rows: 64, cols: 64, beta: 0.44068679350977147 }, 'bench');

/** The bench at rounds of `scans` scans: `rounds` rounds, the median over rounds 2..rounds. */
async function ptCoordinationFraction(name: string, scans: number, rounds: number): Promise<number> {
  const server = await NatsServer.start();
  const group = new ProcessGroup();
  let nats: Runtime | undefined;
  /** The slowest unit's compute seconds, per round (index round - 1). */
  const slowest: number[] = [];
  try {
    await Promise.all([group.worker(server.url, 'pt-bench-1', 1), group.worker(server.url, 'pt-bench-2', 1)]);
    nats = await startNatsRuntime(server.url, 2, quietLog);
    const { timing } = await runPtOnWorkers({
      transport: nats.transport,
      runId: 'bench-pt-nats',
      model: ptModel,
      seed: 1,
      betas: Float64Array.from({ length: 32 }, (_, i) => i / 31),
      rounds,
      scansPerRound: scans,
      sweeps: 1,
      scheme: 'deo',
      adapt: true,
      copies: 2,
      source: 'bench',
      timeoutMs: 600_000,
      workerLoss: nats.workerLoss,
      guard: nats.guard,
      onAccepted: (unitId, result) => {
        const round = Math.floor(unitId / 2);
        slowest[round] = Math.max(slowest[round] ?? 0, result.seconds);
      },
    });
    const fractions = timing.roundWallSeconds.slice(1).map((wall, r) => 1 - timing.unitSeconds[r + 1] / (2 * wall));
    // Beside it, the part of the round outside its slower unit: what remains when the two
    // workers' units take unequal times (another process took one worker's core).
    const outside = timing.roundWallSeconds.slice(1).map((wall, r) => 1 - slowest[r + 1] / wall);
    const show = (values: number[]) => values.map((f) => f.toFixed(3)).join(' ');
    process.stderr.write(`${name}: rounds 2-${rounds} ${show(fractions)}; outside the slower unit ${show(outside)} (wall ${show(timing.roundWallSeconds)} s)\n`);
    return fractions.sort((a, b) => a - b)[Math.floor(fractions.length / 2)];
  } finally {
    await nats?.close();
    await group.stopAll();
    await server.stop();
  }
}

export const natsBenchmarks: Benchmark[] = [
  { name: 'pt.nats.L64.R32.coordination_fraction', unit: 'fraction', measure: () => ptCoordinationFraction('pt.nats.L64.R32.coordination_fraction', 256, 6) },
  { name: 'pt.nats.L64.R32.S4096.coordination_fraction', unit: 'fraction', measure: () => ptCoordinationFraction('pt.nats.L64.R32.S4096.coordination_fraction', 4096, 4) },
  {
    name: 'ais.nats.vs_embedded_ratio',
    unit: 'NATS / embedded chain-steps/s',
    async measure() {
      const server = await NatsServer.start();
      const group = new ProcessGroup();
      let embedded: Runtime | undefined;
      let nats: Runtime | undefined;
      try {
        await Promise.all([group.worker(server.url, 'bench-1', 1), group.worker(server.url, 'bench-2', 1)]);
        embedded = startEmbeddedRuntime(THREADS);
        nats = await startNatsRuntime(server.url, 2, quietLog);
        // Warm-up on both: thread start, JIT, model parse.
        await secondsOfRun(embedded, 'warm-e');
        await secondsOfRun(nats, 'warm-n');
        let bestEmbedded = Infinity;
        let bestNats = Infinity;
        for (let round = 0; round < 3; round++) {
          bestEmbedded = Math.min(bestEmbedded, await secondsOfRun(embedded, `e${round}`));
          bestNats = Math.min(bestNats, await secondsOfRun(nats, `n${round}`));
        }
        if (retries > 0) process.stderr.write(`ais.nats.vs_embedded_ratio: ${retries} units retried or backed up\n`);
        process.stderr.write(`ais.nats.vs_embedded_ratio: fastest embedded ${bestEmbedded.toFixed(2)} s, NATS ${bestNats.toFixed(2)} s\n`);
        return bestEmbedded / bestNats;
      } finally {
        await embedded?.close();
        await nats?.close();
        await group.stopAll();
        await server.stop();
      }
    },
  },
];

/**
 * AIS through the embedded runtime: chain-temperature steps per second with two worker
 * threads on the 32x32 Ising torus at the critical temperature (foundation issue).
 */
import { runAis } from '../../coordinator/ais-run.js';
import { linearSchedule } from '../../core/ais/schedule.js';
import { ising2dType } from '../../core/models/ising2d.js';
import { startEmbeddedRuntime } from '../../cli/runtime.js';
import type { Benchmark } from './benchmark.js';

export const aisBenchmarks: Benchmark[] = [
  {
    name: 'ais.ising2d.L32.chain_betas_per_s',
    unit: 'chain-betas/s',
    async measure() {
      const model = ising2dType.parse({ type: 'ising2d', rows: 32, cols: 32, beta: 0.44068679350977147 }, 'bench');
      const runtime = startEmbeddedRuntime(2);
      const chains = 64;
      const steps = 4000;
      const run = (seed: number) =>
        runAis({
          transport: runtime.transport,
          runId: `bench-${seed}`,
          model,
          betas: linearSchedule(steps),
          chains,
          chainsPerUnit: 4,
          sweeps: 1,
          seed,
          tracePoints: 10,
          concurrency: 4,
          timeoutMs: 600_000,
        });
      try {
        await run(1); // warm-up: thread start, JIT
        const started = process.hrtime.bigint();
        await run(2);
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        return (chains * steps) / seconds;
      } finally {
        await runtime.close();
      }
    },
  },
];

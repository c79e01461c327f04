/**
 * What metrics cost the hot path: one recordUnit call per finished unit (main thread), and
 * one scrape of a fully populated coordinator registry. Units take milliseconds or more,
 * so a recordUnit in the microseconds is far below the 1% budget of issue 6.
 */
import { startEmbeddedRuntime } from '../../cli/runtime.js';
import { startRunMetrics, type RunMetrics } from '../../cli/run-metrics.js';
import { runAis } from '../../coordinator/ais-run.js';
import { linearSchedule } from '../../core/ais/schedule.js';
import { ising2dType } from '../../core/models/ising2d.js';
import { createMetrics, recordUnit } from '../../metrics/index.js';
import { timePerCall, type Benchmark } from './benchmark.js';

/**
 * CPU seconds (all threads of the process: user + system) of one AIS run on the embedded runtime (32x32 Ising at the critical point, 64 chains
 * of 8000 temperatures in units of 4), with or without a run's metrics: the registry fed by
 * every unit and estimate, served on a port and scraped every second, as `--metrics-port` does.
 */
async function aisCpuSeconds(seed: number, withMetrics: boolean): Promise<number> {
  const model = ising2dType.parse({ type: 'ising2d', rows: 32, cols: 32, beta: 0.44068679350977147 }, 'bench');
  const runtime = startEmbeddedRuntime(2);
  const quiet = { info: () => {}, warn: () => {} };
  let metrics: RunMetrics | undefined;
  let scraper: NodeJS.Timeout | undefined;
  if (withMetrics) {
    metrics = await startRunMetrics({ runId: `bench-${seed}`, method: 'ais', model, port: 0, log: quiet });
    metrics.workers(runtime.workers());
    metrics.followRejected(() => runtime.guard.rejected);
    const url = `http://127.0.0.1:${metrics.port}/metrics`;
    scraper = setInterval(() => void fetch(url).then((response) => response.text()), 1000);
  }
  try {
    const started = process.cpuUsage();
    await runAis({
      transport: runtime.transport,
      runId: `bench-${seed}`,
      model,
      betas: linearSchedule(8000),
      chains: 64,
      chainsPerUnit: 4,
      sweeps: 1,
      seed,
      tracePoints: 10,
      concurrency: 4,
      timeoutMs: 600_000,
      onUnit: (_done, _total, running) => running && metrics?.events.estimate(running),
      onAccepted: (_unitId, result, seconds) => {
        metrics?.events.unit(result, seconds);
        metrics?.events.round(seconds);
      },
    });
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1e6;
  } finally {
    clearInterval(scraper);
    await metrics?.close();
    await runtime.close();
  }
}

export const metricsBenchmarks: Benchmark[] = [
  {
    // 1 - (AIS throughput with metrics) / (without), throughput per CPU second of the process:
    // issue 6's target is < 0.01. CPU time rather than wall time, because on a shared machine
    // wall time swings by tens of percent with other processes' load; runs alternate, and the
    // figure is the median of five pairs. A figure at or below zero means the cost is under the
    // noise. The in-process scraper's own fetch is counted against the metrics side.
    name: 'metrics.ais_overhead_fraction',
    unit: 'fraction',
    async measure() {
      await aisCpuSeconds(1, false); // warm-up: threads, JIT
      const ratios: number[] = [];
      for (let pair = 0; pair < 5; pair++) {
        const without = await aisCpuSeconds(2 + pair, false);
        const withMetrics = await aisCpuSeconds(2 + pair, true);
        ratios.push(1 - without / withMetrics);
      }
      return ratios.sort((a, b) => a - b)[2]; // the median pair
    },
  },
  {
    name: 'metrics.recordUnit.ns_per_call',
    unit: 'ns',
    async measure() {
      const metrics = createMetrics('worker', { worker: 'bench' }, { processMetrics: false });
      const figures = { sweeps: 100, flips: 12_345, seconds: 0.01 };
      return timePerCall(() => recordUnit(metrics, figures), 1) * 1e9;
    },
  },
  {
    name: 'metrics.coordinator_scrape.ms',
    unit: 'ms',
    async measure() {
      const metrics = createMetrics('coordinator', { run: 'bench' });
      metrics.ptSwapAcceptance.set({ pair: '0' }, 0.5);
      const rounds = 50;
      const start = process.hrtime.bigint();
      for (let i = 0; i < rounds; i++) await metrics.registry.metrics();
      return Number(process.hrtime.bigint() - start) / 1e6 / rounds;
    },
  },
];

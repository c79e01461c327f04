/**
 * What metrics cost: one recordUnit call per finished unit (main thread), one scrape of a
 * fully populated coordinator registry, and the share of an AIS run's CPU that a run's metrics
 * (`--metrics-port`: registry fed by every unit and estimate, served, scraped every second)
 * take, which issue 6 wants under 1%.
 */
import { spawn } from 'node:child_process';
import { startEmbeddedRuntime } from '../../cli/runtime.js';
import { startRunMetrics, type RunMetrics } from '../../cli/run-metrics.js';
import { runAis } from '../../coordinator/ais-run.js';
import { linearSchedule } from '../../core/ais/schedule.js';
import { ising2dType } from '../../core/models/ising2d.js';
import type { Model } from '../../core/models/model.js';
import { createMetrics, recordUnit } from '../../metrics/index.js';
import { timePerCall, type Benchmark } from './benchmark.js';

const model: Model = ising2dType.parse({ type: 'ising2d', rows: 32, cols: 32, beta: 0.44068679350977147 }, 'bench');
const quiet = { info: () => {}, warn: () => {} };

/** CPU seconds of the whole process (every thread, user + system) since `start`. */
function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

/**
 * A run's metrics as `--metrics-port 0` makes them, scraped every second (the deploy config
 * scrapes every 5 s) by another process, as Prometheus would: the scraper's own CPU is not ours.
 */
async function scrapedMetrics(runId: string): Promise<{ metrics: RunMetrics; stop(): Promise<void> }> {
  const metrics = await startRunMetrics({ runId, method: 'ais', model, port: 0, log: quiet });
  metrics.workers(1);
  const url = `http://127.0.0.1:${metrics.port}/metrics`;
  const scraper = spawn(process.execPath, ['-e', `setInterval(() => fetch(${JSON.stringify(url)}).then((r) => r.text(), () => {}), 1000)`], { stdio: 'ignore' });
  return {
    metrics,
    async stop() {
      const exited = new Promise((resolve) => scraper.once('exit', resolve));
      scraper.kill('SIGTERM');
      await exited;
      await metrics.close();
    },
  };
}

interface AisCost {
  cpuSeconds: number;
  wallSeconds: number;
  /** What the run told (or would have told) its metrics, to replay: units and running estimates. */
  events: ((metrics: RunMetrics) => void)[];
}

/** One AIS run on the embedded runtime: 32x32 Ising at the critical point, 64 chains of 3000 temperatures, units of 4. */
async function aisRun(seed: number, metrics?: RunMetrics): Promise<AisCost> {
  const runtime = startEmbeddedRuntime(2);
  const events: AisCost['events'] = [];
  const emit = (event: (m: RunMetrics) => void) => {
    events.push(event);
    if (metrics) event(metrics);
  };
  try {
    const cpu = process.cpuUsage();
    const wall = process.hrtime.bigint();
    await runAis({
      transport: runtime.transport,
      runId: `bench-${seed}`,
      model,
      betas: linearSchedule(3000),
      chains: 64,
      chainsPerUnit: 4,
      sweeps: 1,
      seed,
      tracePoints: 10,
      concurrency: 4,
      timeoutMs: 600_000,
      onUnit: (_done, _total, running) => running && emit((m) => m.events.estimate(running)),
      onAccepted: (_unitId, result, seconds) =>
        emit((m) => {
          m.events.unit(result, seconds);
          m.events.round(seconds);
        }),
    });
    return { cpuSeconds: cpuSince(cpu), wallSeconds: Number(process.hrtime.bigint() - wall) / 1e9, events };
  } finally {
    await runtime.close();
  }
}

export const metricsBenchmarks: Benchmark[] = [
  {
    // 1 - (AIS throughput with metrics) / (without), throughput per CPU second of the process.
    // CPU time rather than wall time (on a shared machine wall time swings by tens of percent
    // with other processes' load); runs alternate and the figure is the median of five pairs.
    // Still noisy on a loaded machine: metrics.ais_metrics_cpu_fraction counts the same cost
    // directly.
    name: 'metrics.ais_overhead_fraction',
    unit: 'fraction',
    async measure() {
      await aisRun(1); // warm-up: threads, JIT
      const ratios: number[] = [];
      for (let pair = 0; pair < 5; pair++) {
        const without = (await aisRun(2 + pair)).cpuSeconds;
        const scraped = await scrapedMetrics(`bench-${pair}`);
        const withMetrics = (await aisRun(2 + pair, scraped.metrics)).cpuSeconds;
        await scraped.stop();
        ratios.push(1 - without / withMetrics);
      }
      return ratios.sort((a, b) => a - b)[2];
    },
  },
  {
    // The metrics' CPU counted on its own: an AIS run without metrics, then, with the process
    // otherwise idle, a run's metrics started, fed the same events spread over the run's wall
    // time, scraped every second, and stopped; their CPU over the run's two threads' capacity
    // for that wall time (wall x 2: what the run uses on an idle machine; on a loaded one the
    // run's own CPU is a small part of its wall time, which would inflate the fraction).
    // Fixed costs (registry, server, process collectors) are included.
    name: 'metrics.ais_metrics_cpu_fraction',
    unit: 'fraction',
    async measure() {
      await aisRun(1);
      const run = await aisRun(2);
      const cpu = process.cpuUsage();
      const scraped = await scrapedMetrics('bench-replay');
      const gap = (run.wallSeconds * 1000) / Math.max(1, run.events.length);
      for (const event of run.events) {
        event(scraped.metrics);
        await new Promise((resolve) => setTimeout(resolve, gap));
      }
      await scraped.stop();
      return cpuSince(cpu) / (run.wallSeconds * 2);
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

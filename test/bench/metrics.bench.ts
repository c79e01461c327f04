/**
 * What metrics cost: the share of an AIS run's CPU that the run's metrics (`--metrics-port`:
 * registry fed by every unit and estimate, served, scraped) take, which issue 6 wants under
 * 1%; the same as an A/B of whole runs; one scrape's CPU; one recordUnit call.
 *
 * Scrape interval: the deploy config's (deploy/prometheus/prometheus.yml, 5 s), and 1 s.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { startEmbeddedRuntime } from '../../cli/runtime.js';
import { startRunMetrics, type RunMetrics } from '../../cli/run-metrics.js';
import { runAis } from '../../coordinator/ais-run.js';
import { linearSchedule } from '../../core/ais/schedule.js';
import { ising2dType } from '../../core/models/ising2d.js';
import { createMetrics, recordUnit, serveMetrics } from '../../metrics/index.js';
import { repoRoot } from '../support/paths.js';
import { timePerCall, type Benchmark } from './benchmark.js';
import type { ReplayEvent, ReplayJob, ReplayMessage } from './metrics-replay.js';

const modelJson = { type: 'ising2d', rows: 32, cols: 32, beta: 0.44068679350977147 };
const model = ising2dType.parse(modelJson, 'bench');
const quiet = { info: () => {}, warn: () => {} };
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The deploy config's global scrape interval, in seconds. */
function deployScrapeSeconds(): number {
  const config = parse(readFileSync(join(repoRoot, 'deploy', 'prometheus', 'prometheus.yml'), 'utf8')) as { global: { scrape_interval: string } };
  const match = /^(\d+)s$/.exec(config.global.scrape_interval);
  if (!match) throw new Error(`deploy/prometheus/prometheus.yml: global.scrape_interval ${config.global.scrape_interval} is not in seconds`);
  return Number(match[1]);
}

/** CPU seconds of the whole process (every thread, user + system) since `start`. */
function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

/** Fetches `url` every `seconds`, as Prometheus would, from this (unmeasured) process. */
function scrapeEvery(url: string, seconds: number): () => void {
  const timer = setInterval(() => void fetch(url).then((response) => response.text(), () => ''), seconds * 1000);
  return () => clearInterval(timer);
}

interface AisRecord {
  cpuSeconds: number;
  wallSeconds: number;
  events: ReplayEvent[];
}

/**
 * One AIS run on the embedded runtime: 32x32 Ising at the critical point, 64 chains of 3000
 * temperatures, units of 4. With `metrics`, the run's metrics start inside the measured CPU
 * window (startup is part of their cost) and are fed as `ebm run` feeds them.
 */
async function aisRun(seed: number, metrics?: { scrapeSeconds: number }): Promise<AisRecord> {
  const runtime = startEmbeddedRuntime(2);
  const events: ReplayEvent[] = [];
  let run: RunMetrics | undefined;
  let stopScraping = () => {};
  try {
    const cpu = process.cpuUsage();
    const wall = process.hrtime.bigint();
    const at = () => Number(process.hrtime.bigint() - wall) / 1e9;
    if (metrics) {
      run = await startRunMetrics({ runId: `bench-${seed}`, method: 'ais', model, port: 0, log: quiet });
      run.workers(1);
      stopScraping = scrapeEvery(`http://127.0.0.1:${run.port}/metrics`, metrics.scrapeSeconds);
    }
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
      onUnit: (_done, _total, running) => {
        if (!running) return;
        events.push({ at: at(), kind: 'estimate', values: running });
        run?.events.estimate(running);
      },
      onAccepted: (_unitId, result, seconds) => {
        events.push({ at: at(), kind: 'unit', result, seconds });
        run?.events.unit(result, seconds);
        run?.events.round(seconds);
      },
    });
    stopScraping();
    await run?.close();
    return { cpuSeconds: cpuSince(cpu), wallSeconds: at(), events };
  } finally {
    stopScraping();
    await runtime.close();
  }
}

/** Replays `record` in a fresh child (metrics-replay.ts), scraped every `scrapeSeconds`; its CPU seconds. */
function replayCpu(record: AisRecord, metrics: boolean, scrapeSeconds: number): Promise<number> {
  const child: ChildProcess = fork(fileURLToPath(new URL('./metrics-replay.js', import.meta.url)), [], { serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  let stopScraping = () => {};
  return new Promise<number>((resolve, reject) => {
    child.on('message', (message: ReplayMessage) => {
      if ('port' in message) stopScraping = scrapeEvery(`http://127.0.0.1:${message.port}/metrics`, scrapeSeconds);
      else resolve(message.cpuSeconds);
    });
    child.once('exit', (code) => reject(new Error(`metrics replay exited with ${code}`)));
    child.send({ events: record.events, wallSeconds: record.wallSeconds, metrics, modelJson } satisfies ReplayJob);
  }).finally(() => stopScraping());
}

/**
 * The metrics' CPU counted on its own: an AIS run records its metric events; then pairs of
 * fresh processes replay them at the recorded times over the run's wall time, one with the
 * run's metrics (started, fed, served, scraped every `scrapeSeconds` by this process, closed),
 * one without, side by side so they see the same machine load. (with - without) over the run's
 * two threads' capacity for that wall time (wall x 2: what the run uses on an idle machine),
 * median of five pairs. Fixed costs (registry, server, first collect) are included.
 */
async function metricsCpuFraction(scrapeSeconds: number): Promise<number> {
  await aisRun(1); // warm-up: threads, JIT
  const record = await aisRun(2);
  const fractions: number[] = [];
  for (let pair = 0; pair < 5; pair++) {
    const [withMetrics, without] = await Promise.all([replayCpu(record, true, scrapeSeconds), replayCpu(record, false, scrapeSeconds)]);
    fractions.push((withMetrics - without) / (record.wallSeconds * 2));
  }
  process.stderr.write(`  ${scrapeSeconds} s scrapes, run wall ${record.wallSeconds.toFixed(2)} s, pairs: ${fractions.map((f) => f.toFixed(4)).join(' ')}\n`);
  return median(fractions);
}

export const metricsBenchmarks: Benchmark[] = [
  {
    name: 'metrics.ais_metrics_cpu_fraction',
    unit: 'fraction',
    measure: () => metricsCpuFraction(deployScrapeSeconds()),
  },
  {
    name: 'metrics.ais_metrics_cpu_fraction.scrape_1s',
    unit: 'fraction',
    measure: () => metricsCpuFraction(1),
  },
  {
    // The A/B figure: 1 - (AIS work per process CPU second with --metrics-port, scraped at the
    // deploy interval) / (without). CPU rather than wall time (wall time swings by tens of
    // percent with other processes' load). Ten pairs in ABBA order (without, with, with,
    // without, ...), so a drift in load falls on both arms alike; the median of the pairs.
    // Far noisier than the counted figure above: a run's CPU varies by a few percent with the
    // machine's load, more than the effect.
    name: 'metrics.ais_overhead_fraction',
    unit: 'fraction',
    async measure() {
      const scrapeSeconds = deployScrapeSeconds();
      await aisRun(1); // warm-up: threads, JIT
      const ratios: number[] = [];
      for (let pair = 0; pair < 10; pair++) {
        const withFirst = pair % 2 === 1;
        const first = (await aisRun(2 + pair, withFirst ? { scrapeSeconds } : undefined)).cpuSeconds;
        const second = (await aisRun(2 + pair, withFirst ? undefined : { scrapeSeconds })).cpuSeconds;
        const [withMetrics, without] = withFirst ? [first, second] : [second, first];
        ratios.push(1 - without / withMetrics);
      }
      process.stderr.write(`  pairs: ${ratios.map((r) => r.toFixed(3)).join(' ')}\n`);
      return median(ratios);
    },
  },
  {
    // CPU of one scrape as the serving process spends it (HTTP included): a coordinator
    // registry with the process metrics, fetched back to back by another process.
    name: 'metrics.scrape_cpu.ms',
    unit: 'ms',
    async measure() {
      const metrics = createMetrics('coordinator', { run: 'bench' });
      metrics.ptSwapAcceptance.set({ pair: '0' }, 0.5);
      const server = await serveMetrics(metrics.registry, { port: 0 });
      const scrapes = 500;
      const scrape = (count: number) =>
        new Promise((resolve) => {
          const url = JSON.stringify(`http://127.0.0.1:${server.port}/metrics`);
          spawn(process.execPath, ['-e', `(async () => { for (let i = 0; i < ${count}; i++) await (await fetch(${url})).text(); })()`], { stdio: 'ignore' }).once('exit', resolve);
        });
      try {
        await scrape(50); // warm-up
        const cpu = process.cpuUsage();
        await scrape(scrapes);
        return (cpuSince(cpu) * 1000) / scrapes;
      } finally {
        await server.close();
      }
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

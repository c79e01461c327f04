/**
 * What metrics cost: the share of an AIS run's CPU that the run's metrics (`--metrics-port`:
 * registry fed by every unit and estimate, served, scraped) take, which issue 6 wants under
 * 1%; the same as an A/B of whole runs; one scrape's CPU; one recordUnit call.
 *
 * Scrape interval: the deploy config's (deploy/prometheus/prometheus.yml, 5 s), and 1 s.
 */
import { fork, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { createMetrics, recordUnit, serveMetrics } from '../../metrics/index.js';
import { repoRoot } from '../support/paths.js';
import { timePerCall, type Benchmark } from './benchmark.js';
import { aisRun, type AisRecord } from './metrics-ais.js';
import type { ChildJob, ChildMessage } from './metrics-child.js';

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

/** Runs `job` in a fresh child (metrics-child.ts), scraped every `scrapeSeconds` if it serves metrics; its CPU seconds. */
function childCpu(job: ChildJob, scrapeSeconds: number): Promise<number> {
  const child = fork(fileURLToPath(new URL('./metrics-child.js', import.meta.url)), [], { serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  let stopScraping = () => {};
  return new Promise<number>((resolve, reject) => {
    child.on('message', (message: ChildMessage) => {
      if ('port' in message) stopScraping = scrapeEvery(`http://127.0.0.1:${message.port}/metrics`, scrapeSeconds);
      else resolve(message.cpuSeconds);
    });
    child.once('exit', (code) => reject(new Error(`metrics bench child exited with ${code}`)));
    child.send(job);
  }).finally(() => stopScraping());
}

/**
 * The metrics' CPU counted on its own: an AIS run records its metric events; then pairs of
 * fresh processes replay them at the recorded times over the run's wall time, one with the
 * run's metrics (started, fed, served, scraped every `scrapeSeconds` by this process, closed),
 * one without, side by side so they see the same machine load. (with - without) over the
 * recorded run's own CPU seconds: the share of the run's throughput the metrics take when the
 * run keeps every core busy (on a loaded machine the run's wall time stretches, and with it the
 * number of scrapes, so this errs high). Median of five pairs. Fixed costs (registry, server,
 * the first, cold scrapes) are included.
 */
async function metricsCpuFraction(scrapeSeconds: number): Promise<number> {
  await aisRun(1); // warm-up: threads, JIT
  const record: AisRecord = await aisRun(2);
  const replay = (metrics: boolean): ChildJob => ({ kind: 'replay', events: record.events, wallSeconds: record.wallSeconds, metrics });
  const fractions: number[] = [];
  for (let pair = 0; pair < 5; pair++) {
    const [withMetrics, without] = await Promise.all([childCpu(replay(true), scrapeSeconds), childCpu(replay(false), scrapeSeconds)]);
    fractions.push((withMetrics - without) / record.cpuSeconds);
  }
  process.stderr.write(`  ${scrapeSeconds} s scrapes, run ${record.cpuSeconds.toFixed(2)} CPU s in ${record.wallSeconds.toFixed(2)} s, pairs: ${fractions.map((f) => f.toFixed(4)).join(' ')}\n`);
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
    // deploy interval) / (without), on the same work (same seed), so 1 - CPU without / CPU with.
    // CPU rather than wall time (wall time swings by tens of percent with other processes'
    // load). Each pair runs side by side in two fresh processes, so both arms meet the same
    // load at the same moments (run one after the other, pairs differed by up to 30% at load
    // ~14 on 2 cores); which arm starts first alternates (the first-started used ~2% more CPU
    // in A/A pairs); the median of six pairs.
    name: 'metrics.ais_overhead_fraction',
    unit: 'fraction',
    async measure() {
      const scrapeSeconds = deployScrapeSeconds();
      const ratios: number[] = [];
      for (let pair = 0; pair < 6; pair++) {
        const run = (metrics: boolean) => childCpu({ kind: 'ais', seed: 2 + pair, metrics }, scrapeSeconds);
        const [withMetrics, without] = pair % 2 === 0 ? await Promise.all([run(true), run(false)]) : (await Promise.all([run(false), run(true)])).reverse();
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

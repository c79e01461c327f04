/**
 * Child process of the metrics benchmarks (metrics.bench.ts): replays an AIS run's metric
 * events at the times the run emitted them, with a run's metrics (`--metrics-port 0`) or
 * without, and reports the CPU this process used meanwhile. A fresh process, so the CPU counted
 * is the metrics' own: not the garbage, JIT or threads of the run that recorded the events, nor
 * the fork of a scraper (the parent scrapes). Modules load before the count starts: a run
 * imports them whether or not it serves metrics.
 */
import { startRunMetrics } from '../../cli/run-metrics.js';
import { ising2dType } from '../../core/models/ising2d.js';
import type { MetricsEvents } from '../../cli/run-metrics.js';
import type { UnitResult } from '../../proto/messages.js';

/** One event of the recorded run, `at` seconds after it started. */
export type ReplayEvent =
  | { at: number; kind: 'unit'; result: UnitResult; seconds: number }
  | { at: number; kind: 'estimate'; values: Parameters<MetricsEvents['estimate']>[0] };

export interface ReplayJob {
  events: ReplayEvent[];
  /** The recorded run's wall time; the replay lasts as long. */
  wallSeconds: number;
  /** Serve and feed a run's metrics (true) or only wait out the same schedule (false). */
  metrics: boolean;
  /** The model the run used, as its file would give it (sets flips per sweep). */
  modelJson: Record<string, unknown>;
}

/** What the child sends back: first the metrics port (if any), then the CPU it used. */
export type ReplayMessage = { port: number } | { cpuSeconds: number };

const sleepUntil = (start: bigint, seconds: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, seconds * 1000 - Number(process.hrtime.bigint() - start) / 1e6)));

async function replay(job: ReplayJob): Promise<number> {
  const model = ising2dType.parse(job.modelJson, 'bench');
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const quiet = { info: () => {}, warn: () => {} };
  const run = job.metrics ? await startRunMetrics({ runId: 'bench-replay', method: 'ais', model, port: 0, log: quiet }) : undefined;
  if (run) {
    run.workers(1);
    process.send?.({ port: run.port ?? 0 } satisfies ReplayMessage);
  }
  for (const event of job.events) {
    await sleepUntil(start, event.at);
    if (!run) continue;
    if (event.kind === 'unit') {
      run.events.unit(event.result, event.seconds);
      run.events.round(event.seconds);
    } else run.events.estimate(event.values);
  }
  await sleepUntil(start, job.wallSeconds);
  await run?.close();
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / 1e6;
}

process.once('message', (job: ReplayJob) => {
  replay(job).then(
    (cpuSeconds) => {
      process.send?.({ cpuSeconds } satisfies ReplayMessage, () => process.exit(0));
    },
    (error: unknown) => {
      process.stderr.write(`metrics replay: ${String(error)}\n`);
      process.exit(1);
    },
  );
});

/**
 * Child process of the metrics benchmarks (metrics.bench.ts). A fresh process per measurement,
 * so the CPU counted is the job's own: not the garbage, JIT or threads of earlier runs, nor the
 * fork of a scraper (the parent scrapes the port this child reports). Modules load before the
 * count starts: a run imports them whether or not it serves metrics.
 *
 * - `replay`: replays a recorded AIS run's metric events at the times the run emitted them, over
 *   the run's wall time, with a run's metrics or (the baseline) only waiting out the schedule.
 * - `ais`: runs the benchmark's AIS run itself, with or without a run's metrics.
 */
import { aisRun, benchRunMetrics, feed, type ReplayEvent } from './metrics-ais.js';

export type ChildJob =
  | { kind: 'replay'; events: ReplayEvent[]; wallSeconds: number; metrics: boolean }
  | { kind: 'ais'; seed: number; metrics: boolean };

/** What the child sends back: the metrics port (if it serves metrics), then the CPU it used. */
export type ChildMessage = { port: number } | { cpuSeconds: number };

const reportPort = (port: number) => process.send?.({ port } satisfies ChildMessage);

const sleepUntil = (start: bigint, seconds: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, seconds * 1000 - Number(process.hrtime.bigint() - start) / 1e6)));

async function replay(job: Extract<ChildJob, { kind: 'replay' }>): Promise<number> {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const run = job.metrics ? await benchRunMetrics('bench-replay', reportPort) : undefined;
  for (const event of job.events) {
    await sleepUntil(start, event.at);
    if (run) feed(run, event);
  }
  await sleepUntil(start, job.wallSeconds);
  await run?.close();
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / 1e6;
}

process.once('message', (job: ChildJob) => {
  const measured = job.kind === 'replay' ? replay(job) : aisRun(job.seed, job.metrics ? reportPort : undefined).then((record) => record.cpuSeconds);
  measured.then(
    (cpuSeconds) => process.send?.({ cpuSeconds } satisfies ChildMessage, () => process.exit(0)),
    (error: unknown) => {
      process.stderr.write(`metrics bench child: ${String(error)}\n`);
      process.exit(1);
    },
  );
});

/**
 * The AIS run the metrics benchmarks measure (metrics.bench.ts, metrics-child.ts): 32x32 Ising
 * at the critical point on the embedded runtime, two threads, 64 chains of 12000 temperatures,
 * units of 4 (about 6 CPU seconds, 3-4 s on two idle cores: long enough for a scrape at the
 * deploy interval to happen, still short beside the runs anyone scrapes) — fed to a run's
 * metrics as `ebm run` feeds them, and recorded as events to replay.
 */
import { startEmbeddedRuntime } from '../../cli/runtime.js';
import { startRunMetrics, type MetricsEvents, type RunMetrics } from '../../cli/run-metrics.js';
import { runAis } from '../../coordinator/ais-run.js';
import { linearSchedule } from '../../core/ais/schedule.js';
import { ising2dType } from '../../core/models/ising2d.js';
import type { UnitResult } from '../../proto/messages.js';

export const benchModel = ising2dType.parse({ type: 'ising2d', rows: 32, cols: 32, beta: 0.44068679350977147 }, 'bench');
const quiet = { info: () => {}, warn: () => {} };

/** One event of a recorded run, `at` seconds after it started. */
export type ReplayEvent =
  | { at: number; kind: 'unit'; result: UnitResult; seconds: number }
  | { at: number; kind: 'estimate'; values: Parameters<MetricsEvents['estimate']>[0] };

export interface AisRecord {
  /** CPU seconds of the whole process (every thread, user + system) during the run. */
  cpuSeconds: number;
  wallSeconds: number;
  events: ReplayEvent[];
}

/** A run's metrics as `--metrics-port 0` makes them; `onServing` gets the port to scrape. */
export async function benchRunMetrics(runId: string, onServing: (port: number) => void): Promise<RunMetrics> {
  const run = await startRunMetrics({ runId, method: 'ais', model: benchModel, port: 0, log: quiet });
  run.workers(1);
  onServing(run.port ?? 0);
  return run;
}

/** Feeds one recorded event to a run's metrics, as the run's events would. */
export function feed(run: RunMetrics, event: ReplayEvent): void {
  if (event.kind === 'unit') {
    run.events.unit(event.result, event.seconds);
    run.events.round(event.seconds);
  } else run.events.estimate(event.values);
}

/**
 * One AIS run. With `onServing`, the run's metrics start inside the measured CPU window
 * (their startup is part of their cost), are fed every event and closed at the end.
 */
export async function aisRun(seed: number, onServing?: (port: number) => void): Promise<AisRecord> {
  const runtime = startEmbeddedRuntime(2);
  const events: ReplayEvent[] = [];
  try {
    const cpu = process.cpuUsage();
    const wall = process.hrtime.bigint();
    const at = () => Number(process.hrtime.bigint() - wall) / 1e9;
    const run = onServing ? await benchRunMetrics(`bench-${seed}`, onServing) : undefined;
    const record = (event: ReplayEvent) => {
      events.push(event);
      if (run) feed(run, event);
    };
    await runAis({
      transport: runtime.transport,
      runId: `bench-${seed}`,
      model: benchModel,
      betas: linearSchedule(12_000),
      chains: 64,
      chainsPerUnit: 4,
      sweeps: 1,
      seed,
      tracePoints: 10,
      concurrency: 4,
      timeoutMs: 600_000,
      onUnit: (_done, _total, running) => running && record({ at: at(), kind: 'estimate', values: running }),
      onAccepted: (_unitId, result, seconds) => record({ at: at(), kind: 'unit', result, seconds }),
    });
    await run?.close();
    const used = process.cpuUsage(cpu);
    return { cpuSeconds: (used.user + used.system) / 1e6, wallSeconds: at(), events };
  } finally {
    await runtime.close();
  }
}

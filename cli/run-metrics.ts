/**
 * A run's Prometheus metrics (`--metrics-port`, `--pushgateway`): the coordinator registry
 * labelled with the run id, served for the run's duration and fed from the run's events, so
 * coordinator/ emits events and never touches prom-client. What feeds what:
 *
 * - ebm_run_info{run,method,model}: once, at the start.
 * - ebm_workers: worker nodes — the WorkerRegistry's count on NATS, 1 for an embedded run.
 * - ebm_units_completed_total, ebm_sweeps_total, ebm_spin_flips_total,
 *   ebm_unit_duration_seconds: each accepted unit (`unit` event; units restored from a
 *   checkpoint are not counted again). Flips = the unit's chain-sweeps x the model's sites.
 * - ebm_units_retried_total: `retry` events.
 * - ebm_logz_estimate, ebm_logz_stderr, ebm_ais_ess: `estimate` events (running, then final).
 * - ebm_round_duration_seconds: `round` events (AIS: a unit from dispatch to acceptance), and
 *   the seconds of `ptRound` and `trainEpoch` events.
 * - ebm_pt_*: `ptRound`; ebm_train_*: `trainEpoch`.
 * - ebm_message_bytes_total: on NATS, counted by MeteredTransport in the runtime.
 * - ebm_messages_rejected_total{reason}: follows the MessageGuard's counts at every scrape.
 */
import type { Model } from '../core/models/model.js';
import type { RunEvents } from '../coordinator/task.js';
import {
  createMetrics,
  followRejectedCounts,
  pushMetrics,
  recordEstimate,
  recordMessage,
  recordPtRound,
  recordRound,
  recordRunInfo,
  recordTrainEpoch,
  recordUnit,
  serveMetrics,
  type CoordinatorMetrics,
  type MetricsServer,
} from '../metrics/index.js';
import type { UnitResult } from '../proto/messages.js';
import type { Log } from './log.js';

export interface RunMetricsOptions {
  runId: string;
  method: string;
  /** The spec's model; a training run from random weights has none (then flips are not counted). */
  model: Model | undefined;
  port?: number;
  host?: string;
  pushgateway?: string;
  log: Log;
}

export type MetricsEvents = Required<Pick<RunEvents, 'unit' | 'round' | 'estimate' | 'ptRound' | 'trainEpoch'>> & { retry(): void };

export interface RunMetrics {
  metrics: CoordinatorMetrics;
  events: MetricsEvents;
  workers(count: number): void;
  bytes(direction: 'received' | 'sent', bytes: number): void;
  followRejected(counts: () => Readonly<Record<string, number>>): void;
  /** The metrics server's port (undefined without --metrics-port). */
  port: number | undefined;
  /** Push to the Pushgateway, if one was given; a failure is logged, never thrown. */
  push(): Promise<void>;
  close(): Promise<void>;
}

/** Chain-sweeps of a unit result, whatever its kind (each body reports its own). */
export function unitSweeps(result: UnitResult): number {
  if (!result.body || result.body === 'error') return 0;
  const body = result[result.body] as { sweeps?: number } | null | undefined;
  return Number(body?.sweeps ?? 0);
}

export async function startRunMetrics(options: RunMetricsOptions): Promise<RunMetrics> {
  const metrics = createMetrics('coordinator', { run: options.runId });
  recordRunInfo(metrics, { run: options.runId, method: options.method, model: options.model ? (options.model.name ?? options.model.type) : 'none' });
  const sites = options.model?.size ?? 0;
  let server: MetricsServer | undefined;
  if (options.port !== undefined) {
    server = await serveMetrics(metrics.registry, { port: options.port, host: options.host });
    options.log.info('serving metrics', { url: `http://${server.host}:${server.port}/metrics` });
  }
  const events: MetricsEvents = {
    unit: (result: UnitResult) => {
      const sweeps = unitSweeps(result);
      recordUnit(metrics, { sweeps, flips: sweeps * sites, seconds: result.seconds });
    },
    round: (seconds) => recordRound(metrics, seconds),
    retry: () => metrics.unitsRetried.inc(),
    estimate: (values) => {
      if (values.logZ !== undefined && values.stderr !== undefined) recordEstimate(metrics, { logZ: values.logZ, stderr: values.stderr, ess: values.ess });
    },
    ptRound: (summary) => recordPtRound(metrics, summary),
    trainEpoch: (summary) => {
      recordTrainEpoch(metrics, summary);
      if (summary.seconds !== undefined) recordRound(metrics, summary.seconds);
    },
  };
  return {
    metrics,
    events,
    workers: (count) => metrics.workers.set(count),
    bytes: (direction, bytes) => recordMessage(metrics, direction, bytes),
    followRejected: (counts) => followRejectedCounts(metrics, counts),
    port: server?.port,
    async push() {
      if (!options.pushgateway) return;
      try {
        await pushMetrics(metrics.registry, options.pushgateway, 'ebm', { run: options.runId });
      } catch (error) {
        options.log.warn('could not push metrics', { pushgateway: options.pushgateway, error: (error as Error).message });
      }
    },
    async close() {
      await server?.close();
    },
  };
}

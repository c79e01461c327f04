/**
 * The metric set of one ebm process, on its own prom-client Registry (never the global
 * default one), so several roles or tests in one process do not collide.
 *
 * A worker registers the work it runs; the coordinator registers the same work figures
 * (counted from the unit results it accepts, so embedded runs need only the coordinator
 * registry) plus the run-level estimates. Dashboards sum throughput over
 * `role="coordinator"` to avoid counting a unit twice.
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { messageDirections, metricNames as n, rejectReasons, type MessageDirection } from './names.js';
import { registerProcessMetrics } from './process-metrics.js';

export type MetricsRole = 'coordinator' | 'worker';

/** Labels added to every series of a registry, e.g. `{ run: 'r1', worker: 'w-3' }`. */
export type ConstantLabels = Record<string, string>;

export interface MetricsOptions {
  /** Also export the process_* and nodejs_* metrics (process-metrics.ts). Default true. */
  processMetrics?: boolean;
}

/** Metrics every role has: the work this process saw and its messaging. */
export interface WorkerMetrics {
  role: MetricsRole;
  registry: Registry;
  unitsCompleted: Counter;
  spinFlips: Counter;
  sweeps: Counter;
  /** Wall time of one work unit in a thread. */
  unitDuration: Histogram;
  messageBytes: Counter<'direction'>;
  /** `messageBytes` bound to each direction once: counting a message then skips the label lookup. */
  messageBytesOf: Readonly<Record<MessageDirection, Counter.Internal>>;
  messagesRejected: Counter<'reason'>;
}

/** The coordinator adds the run's progress and estimates. */
export interface CoordinatorMetrics extends WorkerMetrics {
  role: 'coordinator';
  runInfo: Gauge<'run' | 'method' | 'model'>;
  workers: Gauge;
  unitsRetried: Counter;
  logZEstimate: Gauge;
  logZStderr: Gauge;
  aisEss: Gauge;
  ptSwapAcceptance: Gauge<'pair'>;
  /** `ptSwapAcceptance` bound to one pair, made on first use and kept (a PT round sets every pair). */
  ptSwapAcceptanceOf(pair: number): Gauge.Internal<'pair'>;
  ptRoundTrips: Counter;
  ptGlobalBarrier: Gauge;
  trainEpoch: Gauge;
  trainGradientNorm: Gauge;
  trainReconstructionError: Gauge;
  trainLogLik: Gauge;
  roundDuration: Histogram;
}

export type EbmMetrics = WorkerMetrics | CoordinatorMetrics;

const labelName = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

function checkLabels(labels: ConstantLabels): void {
  for (const [key, value] of Object.entries(labels)) {
    if (!labelName.test(key) || key.startsWith('__')) throw new RangeError(`metric label name ${JSON.stringify(key)} is not a valid Prometheus label name`);
    if (value.length > 128) throw new RangeError(`metric label ${key} is longer than 128 characters`);
  }
}

// Unit and round durations span milliseconds (tiny models) to many minutes (big RBMs).
const durationBuckets = [0.001, 0.005, 0.02, 0.1, 0.5, 1, 2, 5, 10, 30, 60, 300, 900];

export function createMetrics(role: 'coordinator', labels?: ConstantLabels, options?: MetricsOptions): CoordinatorMetrics;
export function createMetrics(role: 'worker', labels?: ConstantLabels, options?: MetricsOptions): WorkerMetrics;
export function createMetrics(role: MetricsRole, labels?: ConstantLabels, options?: MetricsOptions): EbmMetrics;
export function createMetrics(role: MetricsRole, labels: ConstantLabels = {}, options: MetricsOptions = {}): EbmMetrics {
  checkLabels(labels);
  const registry = new Registry();
  registry.setDefaultLabels({ role, ...labels });
  if (options.processMetrics ?? true) registerProcessMetrics(registry);
  const registers = [registry];
  const counter = (name: string, help: string) => new Counter({ name, help, registers });
  const gauge = (name: string, help: string) => new Gauge({ name, help, registers });
  const histogram = (name: string, help: string) => new Histogram({ name, help, buckets: durationBuckets, registers });

  const messageBytes = new Counter({ name: n.messageBytes, help: 'Bytes of wire messages, by direction (received or sent).', labelNames: ['direction'] as const, registers });
  const messagesRejected = new Counter({ name: n.messagesRejected, help: 'Messages dropped because they failed to decode, had another protocol version, were too large, named an unknown run or repeated an accepted unit.', labelNames: ['reason'] as const, registers });
  // Start every bounded label value at zero, so rate() and alerts see the series from the first scrape.
  for (const direction of messageDirections) messageBytes.inc({ direction }, 0);
  for (const reason of rejectReasons) messagesRejected.inc({ reason }, 0);

  const common: WorkerMetrics = {
    role,
    registry,
    unitsCompleted: counter(n.unitsCompleted, 'Work units completed (AIS chains, PT rounds of a replica, PCD shards).'),
    spinFlips: counter(n.spinFlips, 'Single-site updates (spin flips) over all chains, counted as sweeps times the model\'s number of sites (attempted updates).'),
    sweeps: counter(n.sweeps, 'Full sweeps over all sites, summed over chains.'),
    unitDuration: histogram(n.unitDuration, 'Wall time of one work unit in a worker thread, in seconds.'),
    messageBytes,
    messageBytesOf: { received: messageBytes.labels({ direction: 'received' }), sent: messageBytes.labels({ direction: 'sent' }) },
    messagesRejected,
  };
  if (role === 'worker') return common;

  const ptSwapAcceptance = new Gauge({ name: n.ptSwapAcceptance, help: 'Parallel tempering swap acceptance rate of each neighbouring pair of temperatures (pair i swaps beta_i and beta_i+1).', labelNames: ['pair'] as const, registers });
  const pairGauges: Gauge.Internal<'pair'>[] = [];
  const coordinator: CoordinatorMetrics = {
    ...common,
    role,
    runInfo: new Gauge({ name: n.runInfo, help: 'Always 1; labels name the run, its method and its model.', labelNames: ['run', 'method', 'model'] as const, registers }),
    workers: gauge(n.workers, 'Worker nodes connected to the coordinator (processes on NATS; 1 for an embedded run, whatever its thread count).'),
    unitsRetried: counter(n.unitsRetried, 'Work units re-assigned after a worker failed or timed out.'),
    logZEstimate: gauge(n.logZEstimate, 'Current estimate of log Z, the log partition function (nats).'),
    logZStderr: gauge(n.logZStderr, 'Standard error of the current log Z estimate (nats).'),
    aisEss: gauge(n.aisEss, 'Effective sample size of the AIS importance weights.'),
    ptSwapAcceptance,
    ptSwapAcceptanceOf: (pair) => (pairGauges[pair] ??= ptSwapAcceptance.labels({ pair: String(pair) })),
    ptRoundTrips: counter(n.ptRoundTrips, 'Parallel tempering round trips (a replica index travelling from the reference to the target and back).'),
    ptGlobalBarrier: gauge(n.ptGlobalBarrier, 'Parallel tempering global communication barrier Lambda, the sum of pair rejection rates.'),
    trainEpoch: gauge(n.trainEpoch, 'Current training epoch.'),
    trainGradientNorm: gauge(n.trainGradientNorm, 'Euclidean norm of the latest training gradient.'),
    trainReconstructionError: gauge(n.trainReconstructionError, 'Latest mean reconstruction error on training data.'),
    trainLogLik: gauge(n.trainLogLik, 'Latest AIS estimate of the mean test log-likelihood per example (nats).'),
    roundDuration: histogram(n.roundDuration, 'Wall time of one coordinator round (PT round, AIS batch, training step), in seconds.'),
  };
  return coordinator;
}

/**
 * The names of every ebm metric, in one place: the registry factory, the Grafana dashboard
 * generator, the alert rules test and the deployment test all read them from here.
 * Prometheus conventions: `ebm_` prefix, base units, counters end in `_total`.
 */
export const metricNames = {
  runInfo: 'ebm_run_info',
  workers: 'ebm_workers',
  unitsCompleted: 'ebm_units_completed_total',
  unitsRetried: 'ebm_units_retried_total',
  spinFlips: 'ebm_spin_flips_total',
  sweeps: 'ebm_sweeps_total',
  unitDuration: 'ebm_unit_duration_seconds',
  logZEstimate: 'ebm_logz_estimate',
  logZStderr: 'ebm_logz_stderr',
  aisEss: 'ebm_ais_ess',
  ptSwapAcceptance: 'ebm_pt_swap_acceptance',
  ptRoundTrips: 'ebm_pt_round_trips_total',
  ptGlobalBarrier: 'ebm_pt_global_barrier',
  trainEpoch: 'ebm_train_epoch',
  trainGradientNorm: 'ebm_train_gradient_norm',
  trainReconstructionError: 'ebm_train_reconstruction_error',
  trainLogLik: 'ebm_train_loglik',
  roundDuration: 'ebm_round_duration_seconds',
  messageBytes: 'ebm_message_bytes_total',
  messagesRejected: 'ebm_messages_rejected_total',
} as const;

export type MetricField = keyof typeof metricNames;
export type MetricName = (typeof metricNames)[MetricField];

/** Every ebm metric name (without the process_* and nodejs_* ones of process-metrics.ts). */
export const allMetricNames: readonly MetricName[] = Object.values(metricNames);

/** Directions of `ebm_message_bytes_total`: bytes this process received or sent. */
export const messageDirections = ['received', 'sent'] as const;
export type MessageDirection = (typeof messageDirections)[number];

/**
 * Reasons a message is dropped (DESIGN.md, Wire): it does not decode, carries another
 * protocol version, is larger than the limit, names a run this process does not serve,
 * or repeats a unit already accepted. A closed list keeps the label bounded.
 */
export const rejectReasons = ['decode', 'version', 'too_large', 'unknown_run', 'duplicate'] as const;
export type RejectReason = (typeof rejectReasons)[number];


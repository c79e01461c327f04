/** Public exports of ebm's metrics: the registry factory, update functions, server and push. */
export { createMetrics } from './metrics.js';
export type { ConstantLabels, CoordinatorMetrics, EbmMetrics, MetricsOptions, MetricsRole, WorkerMetrics } from './metrics.js';
export { allMetricNames, messageDirections, metricNames, rejectReasons } from './names.js';
export type { MessageDirection, MetricField, MetricName, RejectReason } from './names.js';
export { followRejectedCounts, recordEstimate, recordMessage, recordPtRound, recordRejected, recordRound, recordRunInfo, recordTrainEpoch, recordUnit, recordWork } from './record.js';
export { defaultMetricsPort, serveMetrics } from './serve.js';
export type { MetricsServer, MetricsServerOptions } from './serve.js';
export { pushMetrics, PushgatewayError } from './push.js';
export type { UnitFigures, WorkFigures } from './unit-figures.js';

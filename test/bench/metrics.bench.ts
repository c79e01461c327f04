/**
 * What metrics cost the hot path: one recordUnit call per finished unit (main thread), and
 * one scrape of a fully populated coordinator registry. Units take milliseconds or more,
 * so a recordUnit in the microseconds is far below the 1% budget of issue 6.
 */
import { createMetrics, recordUnit } from '../../metrics/index.js';
import { timePerCall, type Benchmark } from './benchmark.js';

export const metricsBenchmarks: Benchmark[] = [
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

/**
 * Boltzmann-machine PCD shard speed, one thread: the work of one bm-learn unit
 * (core/train/bm-statistics.ts) on a machine of 100 visible and 20 hidden units with dense
 * lateral couplings, 50 rows, k = 1: the clamped (positive) and the free (negative) shard.
 * Figure: chain-sweeps per CPU second, sums of x x^T included.
 */
import { streamRng } from '../../core/rng/rng.js';
import { initialBmParams } from '../../core/train/bm-params.js';
import { bmShardStatistics } from '../../core/train/bm-statistics.js';
import type { Benchmark } from './benchmark.js';

const NV = 100;
const HIDDEN = 20;
const N = NV + HIDDEN;
const ROWS = 50;

function sweepsPerSecond(clamped: number): number {
  const params = initialBmParams(N, false, HIDDEN, 0.1, new Float64Array(NV).fill(0.3), streamRng(1, 'bench.bm', 0));
  const rng = streamRng(1, 'bench.bm.states', 0);
  const states = Int8Array.from({ length: ROWS * N }, () => (rng.nextDouble() < 0.3 ? 1 : 0));
  const shard = (u: number) => bmShardStatistics({ params, states, clamped, k: 1, rng: streamRng(1, 'bench.bm.gibbs', u) });
  shard(0); // warm-up
  const units = 200;
  // CPU time, not wall time: the machine is shared.
  const started = process.cpuUsage();
  for (let u = 1; u <= units; u++) shard(u);
  const used = process.cpuUsage(started);
  return (units * ROWS) / ((used.user + used.system) / 1e6);
}

export const bmLearnBenchmarks: Benchmark[] = [
  {
    name: 'bm.pcd.n120.negative_shard.sweeps_per_s',
    unit: 'chain-sweeps/CPU s',
    async measure() {
      return sweepsPerSecond(0);
    },
  },
  {
    name: 'bm.pcd.n120.positive_shard.sweeps_per_s',
    unit: 'chain-sweeps/CPU s',
    async measure() {
      return sweepsPerSecond(NV);
    },
  },
];

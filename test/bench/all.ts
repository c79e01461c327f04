/** Every benchmark module, in the order the table prints them (one line per module). */
import type { Benchmark } from './benchmark.js';
import { aisBenchmarks } from './ais.bench.js';
import { isingBenchmarks } from './ising.bench.js';
import { natsBenchmarks } from './nats.bench.js';
import { ptBenchmarks } from './pt.bench.js';
import { rbmBenchmarks } from './rbm.bench.js';
import { sampleBenchmarks } from './sample.bench.js';
import { transportBenchmarks } from './transport.bench.js';
import { metricsBenchmarks } from './metrics.bench.js';
import { familyBenchmarks } from './family.bench.js';
import { trainBenchmarks } from './train.bench.js';
import { bmLearnBenchmarks } from './bm-learn.bench.js';
import { pcdHostsBenchmarks } from './pcd-hosts.bench.js';

// One module per line, so that adding one is a one-line change.
export const allBenchmarks: Benchmark[] = [
  ...isingBenchmarks,
  ...aisBenchmarks,
  ...ptBenchmarks,
  ...transportBenchmarks,
  ...rbmBenchmarks,
  ...metricsBenchmarks,
  ...familyBenchmarks,
  ...sampleBenchmarks,
  ...trainBenchmarks,
  ...bmLearnBenchmarks,
  ...natsBenchmarks,
  ...pcdHostsBenchmarks,
];

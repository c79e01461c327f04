/** Throughput of the energy-based model family's kernels (issue 7), one thread each. */
import { bmType } from '../../core/models/bm.js';
import { hopfieldType } from '../../core/models/hopfield.js';
import { poeType } from '../../core/models/student-t-poe.js';
import { randomPatterns } from '../../core/models/hopfield-retrieval.js';
import { checkerboardHeatBathSweep, flipNoiseField, imageToSpins } from '../../core/denoise/ising-posterior.js';
import { streamRng } from '../../core/rng/rng.js';
import type { Model } from '../../core/models/model.js';
import { timePerCall, type Benchmark } from './benchmark.js';

/** Unit updates per second of `model`'s default kernel at b = 1, `count` chains. */
function unitUpdates(name: string, build: () => Model, count: number, sweeps: number): Benchmark {
  return {
    name,
    unit: 'updates/s',
    async measure() {
      const model = build();
      const chains = model.temperedPath().createChains(count);
      const rng = streamRng(1, 'bench', 0);
      chains.drawReference(rng);
      const seconds = timePerCall(() => chains.advance(rng, 1, sweeps), 1.5);
      return (count * chains.size * sweeps) / seconds;
    },
  };
}

function randomBm(n: number): Model {
  const rng = streamRng(2, 'bench', 0);
  const W: number[][] = Array.from({ length: n }, () => new Array(n).fill(0));
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) W[i][j] = W[j][i] = (rng.nextGaussian() * 0.5) / Math.sqrt(n);
  return bmType.parse({ type: 'bm', n, W, b: new Array(n).fill(0) }, 'bench');
}

function hopfield(n: number, P: number): Model {
  const patterns = randomPatterns(P, n, streamRng(3, 'bench', 0));
  const rows = Array.from({ length: P }, (_, mu) => Array.from(patterns.subarray(mu * n, (mu + 1) * n)));
  return hopfieldType.parse({ type: 'hopfield', n, patterns: rows, temperature: 0.5 }, 'bench');
}

const denoisePixels: Benchmark = {
  name: 'denoise.heat_bath.256x256.pixels_per_s',
  unit: 'pixels/s',
  async measure() {
    const rng = streamRng(4, 'bench', 0);
    const observed = new Uint8Array(256 * 256);
    for (let i = 0; i < observed.length; i++) observed[i] = rng.nextU32() & 1;
    const problem = { rows: 256, cols: 256, observed, J: 0.8, h: flipNoiseField(0.1) };
    const s = imageToSpins(observed);
    const seconds = timePerCall(() => checkerboardHeatBathSweep(problem, s, 1, rng), 1.5);
    return observed.length / seconds;
  },
};

export const familyBenchmarks: Benchmark[] = [
  unitUpdates('bm.gibbs.n16.updates_per_s', () => randomBm(16), 64, 200),
  unitUpdates('bm.gibbs.n256.updates_per_s', () => randomBm(256), 4, 20),
  unitUpdates('hopfield.glauber.n1000.updates_per_s', () => hopfield(1000, 50), 1, 5),
  unitUpdates('poe.student_t.mala.d16.coordinate_updates_per_s', () => poeType.parse({ type: 'poe', experts: 'student-t', d: 16, W: Array.from({ length: 32 }, (_, j) => Array.from({ length: 16 }, (_, i) => ((i * 7 + j * 3) % 5) / 5 - 0.4)), sigma: 3 }, 'bench'), 64, 50),
  denoisePixels,
];

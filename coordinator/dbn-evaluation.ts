/**
 * The dbn task's evaluation. log Z_top: exact when the top RBM has a side of at most 20 units,
 * else AIS on the workers (Salakhutdinov & Murray 2008, base rates from the top RBM's training
 * rows, i.e. the first layer's hidden samples), with layer 2's unit checkpoint so a resumed run
 * reuses finished units. The bound (core/dbn/dbn-lower-bound.ts) on the first `examples` test
 * rows, and again on the first-layer sandwich's examples, so the two compare like with like.
 * Then samples.png of the DBN itself: Gibbs in the top RBM (WebAssembly kernel) from the base
 * rates, then one pass down the directed layer (core/dbn/dbn-chains.ts).
 */
import { join } from 'node:path';
import { DbnChains } from '../core/dbn/dbn-chains.js';
import { dbnLowerBound } from '../core/dbn/dbn-lower-bound.js';
import { imageGrid } from '../core/io/image-grid.js';
import { encodePngGray8 } from '../core/io/png.js';
import { baseRatesFromData } from '../core/models/rbm/base-rates.js';
import type { Rbm } from '../core/models/rbm.js';
import type { RbmPath } from '../core/models/rbm/rbm-path.js';
import { streamRng } from '../core/rng/rng.js';
import type { DbnSpec } from '../experiments/dbn-spec.js';
import type { TrainSpec } from '../experiments/train-spec.js';
import { writeFileAtomic } from './atomic-file.js';
import { coordinatorRbmAisInstantiate } from './rbm-ais-module.js';
import type { TaskContext } from './task.js';
import type { BinaryRows } from './train-data.js';
import { EXACT_LAYER_LIMIT, rbmAisOnWorkers } from './train-evaluation.js';


export interface TopLogZ {
  logZ: number;
  stderr: number;
  method: 'exact' | 'ais';
  details: Record<string, unknown>;
}

/** log Z of the top RBM: exact where small, else AIS on the workers in layer 2's run context. */
export async function topLogZ(top: Rbm, topRows: BinaryRows, spec: DbnSpec, context: TaskContext<TrainSpec>): Promise<TopLogZ> {
  if (Math.min(top.nv, top.nh) <= EXACT_LAYER_LIMIT) {
    const exact = top.exactLogZ();
    return { logZ: exact.logZ, stderr: 0, method: 'exact', details: { logZTopMethod: `exact (${exact.method})` } };
  }
  const ais = spec.evaluation.ais;
  const { run, betas } = await rbmAisOnWorkers(top, topRows.values, ais, context, 'AIS log Z_top');
  context.checkpoint.flush();
  const e = run.estimate;
  return {
    logZ: e.logZ,
    stderr: e.stderr,
    method: 'ais',
    details: {
      logZTopMethod: 'ais',
      logZTopEss: e.ess,
      logZTopChains: ais.chains,
      logZTopBetas: betas.length,
      logZTopSampler: ais.sampler,
      ...(e.warning ? { logZTopWarning: e.warning } : {}),
    },
  };
}

/** Mean and standard error (between examples) of the first `count` per-example bounds. */
function meanAndStderr(values: Float64Array, count: number): { mean: number; stderr: number } {
  let mean = 0;
  for (let r = 0; r < count; r++) mean += values[r] / count;
  let ss = 0;
  for (let r = 0; r < count; r++) ss += (values[r] - mean) ** 2;
  return { mean, stderr: count > 1 ? Math.sqrt(ss / (count - 1) / count) : 0 };
}

/**
 * The lower bound on mean test log p(v), nats per example. Its interval combines the bound's own
 * error (examples and h1 samples) with log Z_top's, which are reported apart; AIS tends to
 * under-estimate log Z_top, which pushes the estimated bound up (S&M 2008, sec. 4).
 */
export function boundResult(bottom: Rbm, top: Rbm, rows: BinaryRows, z: TopLogZ, spec: DbnSpec, sandwichExamples: number, firstLayerLogZ?: number): Record<string, unknown> {
  const count = spec.evaluation.examples === 0 ? rows.rows : Math.min(spec.evaluation.examples, rows.rows);
  const b = dbnLowerBound({
    bottom,
    top,
    logZTop: z.logZ,
    data: rows.values.subarray(0, count * rows.nv),
    rows: count,
    samples: spec.evaluation.boundSamples,
    rng: streamRng(spec.seed, 'dbn.bound', 0),
  });
  const halfWidth = 1.96 * Math.hypot(b.stderr, z.stderr);
  const out: Record<string, unknown> = {
    testLogLikBound: b.bound,
    testLogLikBoundStderr: b.stderr,
    testLogLikBoundCi95: [b.bound - halfWidth, b.bound + halfWidth],
    boundExamples: count,
    boundSamples: spec.evaluation.boundSamples,
    logZTop: z.logZ,
    logZTopStderr: z.stderr,
    ...z.details,
  };
  if (firstLayerLogZ !== undefined) {
    // Paired per example: bound(v) - (-F_1(v) - log Z_1), free of the between-example spread both share.
    const diff = new Float64Array(count);
    for (let r = 0; r < count; r++) diff[r] = b.perExample[r] + bottom.freeEnergy(rows.values, r * rows.nv) + firstLayerLogZ;
    const d = meanAndStderr(diff, count);
    out.boundMinusFirstLayer = d.mean;
    out.boundMinusFirstLayerStderr = d.stderr;
  }
  const n = Math.min(sandwichExamples, count);
  if (n > 0) {
    // The same stream walks the rows in order, so the first n rows' values are those of a run on n rows.
    const sub = meanAndStderr(b.perExample, n);
    out.sandwichExamplesBound = sub.mean;
    out.sandwichExamplesBoundStderr = sub.stderr;
  }
  return out;
}

/** samples.png of the DBN (square images only): the ImageGrid for the report and the file name. */
export function writeDbnSamples(layers: readonly Rbm[], topRows: BinaryRows, runDir: string, spec: DbnSpec): Record<string, unknown> {
  const { samples, sweeps } = spec.evaluation.images;
  const nv = layers[0].nv;
  const side = Math.round(Math.sqrt(nv));
  if (samples === 0 || side * side !== nv) return {};
  const top = layers[layers.length - 1];
  const path = (top.temperedPath({ kind: 'base-rate', visibleBias: Array.from(baseRatesFromData(topRows.values, top.nv)) }) as RbmPath).withWasm(coordinatorRbmAisInstantiate());
  const chains = new DbnChains(layers, path.createChains(samples, { sampler: 'gibbs-wasm' }));
  const rng = streamRng(spec.seed, 'dbn.samples', 0);
  chains.drawReference(rng);
  chains.advance(rng, 1, sweeps);
  const data: number[] = [];
  for (let c = 0; c < samples; c++) data.push(...Array.from(chains.stateOf(c)));
  const grid = imageGrid(data, samples, side, side, { lo: 0, hi: 1 });
  writeFileAtomic(join(runDir, 'samples.png'), encodePngGray8(grid.width, grid.height, grid.pixels));
  return { samples: { data, width: side, height: side, count: samples, range: [0, 1] }, samplesPng: 'samples.png', samplesSweeps: sweeps };
}

/**
 * The dbn task: greedy layer-wise training of a two-hidden-layer deep belief network (Hinton,
 * Osindero & Teh 2006) and its evaluation (Salakhutdinov & Murray 2008).
 *   1. Layer 1, an RBM on the data, by the train task's distributed PCD (trainRbmOnData) in
 *      run-folder/layer-1/.
 *   2. Its hidden samples h1 ~ q(h1 | v) of the training rows (a seeded stream) are layer 2's
 *      data; layer 2, an RBM on them, by the same PCD in run-folder/layer-2/.
 *   3. model.json: the DBN (model type "dbn", core/models/dbn.ts).
 *   4. The first layer's own test evaluation (forward AIS, RAISE sandwich, filters and
 *      samples in layer-1/), log Z_top (exact or AIS), the DBN's lower bound on the same test
 *      rows, and samples.png of the DBN.
 * Every stage is reproducible from the seed, and a finished layer's checkpoint is picked up
 * again by `ebm resume`, so a resumed run lands on the same bits.
 */
import { join } from 'node:path';
import { sampleHiddenRows } from '../core/dbn/dbn-hidden-data.js';
import { Rbm } from '../core/models/rbm.js';
import { streamRng } from '../core/rng/rng.js';
import { paramsToModelJson, type RbmParams } from '../core/train/rbm-params.js';
import type { DbnSpec } from '../experiments/dbn-spec.js';
import { writeJsonAtomic } from './atomic-file.js';
import { boundResult, topLogZ, writeDbnSamples } from './dbn-evaluation.js';
import { layerContext } from './dbn-layers.js';
import type { TaskContext, TaskResult } from './task.js';
import { loadTrainingData, type BinaryRows, type TrainingData } from './train-data.js';
import { finalEvaluation } from './train-evaluation.js';
import { trainRbmOnData } from './train-task.js';

const rbmOf = (p: RbmParams, name: string) => new Rbm(p.nv, p.nh, p.W, p.b, p.c, name);

/** Where a trained layer stands, for the result. */
function layerSummary(layer: number, params: RbmParams, spec: DbnSpec, curve: unknown[], updates: number, trainRows: number): Record<string, unknown> {
  const options = spec.layers[layer - 1];
  return {
    layer,
    nv: params.nv,
    nh: params.nh,
    epochs: options.epochs,
    updates,
    trainRows,
    method: options.method,
    k: options.k,
    learningRate: options.learningRate,
    modelFile: join(`layer-${layer}`, 'model.json'),
    learningCurve: curve,
  };
}

export async function runDbnTask(context: TaskContext<DbnSpec>): Promise<TaskResult> {
  const { spec, runDir } = context;
  const first = layerContext(context, 1);
  const data = loadTrainingData(first.spec, context.specFile);
  const allTestRows: BinaryRows = data.test ?? data.patterns ?? data.train;
  // The bound's examples, the first N test rows: the first layer is evaluated on exactly these too.
  const examples = spec.evaluation.examples === 0 ? allTestRows.rows : Math.min(spec.evaluation.examples, allTestRows.rows);
  const testRows: BinaryRows = { rows: examples, nv: allTestRows.nv, values: allTestRows.values.subarray(0, examples * allTestRows.nv) };

  const layer1 = await trainRbmOnData(first, data);
  const bottom = rbmOf(layer1.state.params, `${spec.name}-layer-1`);
  const hidden: BinaryRows = {
    rows: data.train.rows * spec.hiddenSamples,
    nv: bottom.nh,
    values: sampleHiddenRows(bottom, data.train.values, data.train.rows, spec.hiddenSamples, streamRng(spec.seed, 'dbn.hidden-samples', 1)),
  };
  const second = layerContext(context, 2);
  const hiddenData: TrainingData = { train: hidden, description: `layer-1 hidden samples h1 ~ q(h1 | v) of ${data.description} (${spec.hiddenSamples} per row)` };
  const layer2 = await trainRbmOnData(second, hiddenData);
  const top = rbmOf(layer2.state.params, `${spec.name}-layer-2`);

  const modelFile = join(runDir, 'model.json');
  writeJsonAtomic(modelFile, {
    type: 'dbn',
    name: spec.name,
    layers: [paramsToModelJson(layer1.state.params, `${spec.name}-layer-1`), paramsToModelJson(layer2.state.params, `${spec.name}-layer-2`)],
  });

  // The first layer as an RBM on the same test rows: forward AIS over `examples`, the RAISE sandwich on the first raise.examples.
  const firstLayer = await finalEvaluation(layer1.state.params, { train: data.train, test: testRows, description: data.description }, first);
  const z = await topLogZ(top, hidden, spec, second);
  const sandwichExamples = typeof firstLayer.sandwichExamples === 'number' ? firstLayer.sandwichExamples : 0;
  const bound = boundResult(bottom, top, testRows, z, spec, sandwichExamples, typeof firstLayer.logZ === 'number' ? firstLayer.logZ : undefined);
  const { filters, filtersPng } = firstLayer as { filters?: unknown; filtersPng?: string };
  return {
    task: 'dbn',
    name: spec.name,
    method: 'greedy-pcd',
    summary: summaryLine(bound, firstLayer),
    seed: spec.seed,
    sizes: [bottom.nv, bottom.nh, top.nh],
    data: data.description,
    binarization: spec.data.dataset === 'bars-stripes' ? 'none (binary data)' : spec.data.binarization,
    testSet: data.test ? 'test' : data.patterns ? 'patterns' : 'train',
    testExamples: examples,
    hiddenSamples: spec.hiddenSamples,
    modelFile,
    ...bound,
    /** The first-layer RBM's evaluation on the same test rows (train task fields; paths relative to layer-1/). */
    firstLayer: withoutImages(firstLayer),
    layers: [
      layerSummary(1, layer1.state.params, spec, layer1.state.curve, layer1.totalUpdates, data.train.rows),
      layerSummary(2, layer2.state.params, spec, layer2.state.curve, layer2.totalUpdates, hidden.rows),
    ],
    /** Layer 1's learning curve and filters for the report; samples are the DBN's own. */
    learningCurve: layer1.state.curve,
    ...(filters ? { filters, filtersPng: join('layer-1', filtersPng ?? 'filters.png') } : {}),
    ...writeDbnSamples([bottom, top], hidden, runDir, spec),
  };
}

/** The evaluation's figures without its image grids (those are in layer-1/ and, for filters, in the result itself). */
function withoutImages(evaluation: Record<string, unknown>): Record<string, unknown> {
  const { filters: _filters, samples: _samples, ...rest } = evaluation;
  return rest;
}

/** The one-line summary `ebm run` prints without --json. */
function summaryLine(bound: Record<string, unknown>, firstLayer: Record<string, unknown>): string {
  const n = (x: unknown) => (typeof x === 'number' ? x.toFixed(2) : 'n/a');
  const [lo, hi] = bound.testLogLikBoundCi95 as [number, number];
  const first =
    typeof firstLayer.testLogLik === 'number'
      ? `first-layer RBM (AIS) ${n(firstLayer.testLogLik)} ± ${n(firstLayer.stderr)}, bound - first layer ${n(bound.boundMinusFirstLayer)} ± ${n(bound.boundMinusFirstLayerStderr)}`
      : `first-layer RBM (exact) ${n(firstLayer.exactLogLik)}`;
  return `test log-likelihood lower bound ${n(bound.testLogLikBound)} ± ${n(bound.testLogLikBoundStderr)} (log Z_top ± ${n(bound.logZTopStderr)}; 95% [${n(lo)}, ${n(hi)}]) nats over ${bound.boundExamples} examples; ${first}`;
}

/**
 * The anomaly task: one RBM trained on nine Fashion-MNIST classes, the free energy F(v) as the
 * anomaly score of every test image, and the AUROC of the held-out class (anomalies) against
 * the nine (normal). log Z is a constant shift of every score, so the ranking — and the AUROC
 * — needs no estimate of it. Writes scores.csv (index,label,score) into the run folder.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { anomalyScores, summarizeScores } from '../core/apps/anomaly-scores.js';
import { classRows, selectImages } from '../core/apps/class-split.js';
import { auroc } from '../core/stats/auroc.js';
import { InputError } from '../core/errors.js';
import type { Model } from '../core/models/model.js';
import { Rbm } from '../core/models/rbm.js';
import type { AnomalySpec } from '../experiments/apps-spec.js';
import { binarizeLikeTraining, trainRbmOnImages } from './apps-training.js';
import { loadFashionMnist } from './datasets.js';
import type { TaskContext, TaskResult } from './task.js';

export async function runAnomalyTask(context: TaskContext<AnomalySpec>): Promise<TaskResult> {
  const { spec, runDir } = context;
  const fashion = loadFashionMnist(spec.data.dir);
  const { height, width } = fashion.train.images;
  const size = height * width;
  const normalClasses = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((k) => k !== spec.anomalyClass);
  const trainIndices = classRows(fashion.train.labels, normalClasses, spec.data.trainPerClass);
  const trainImages = { count: trainIndices.length, height, width, pixels: selectImages(fashion.train.images.pixels, size, trainIndices) };
  const trained = context.model ? givenModel(context.model, typeof spec.model === 'string' ? resolve(dirname(context.specFile), spec.model) : context.specFile, size) : await trainRbmOnImages(context, 'normal', trainImages, spec.rbm, spec.data.binarization, 0);

  const test = fashion.test;
  const testCount = spec.data.testLimit > 0 ? Math.min(spec.data.testLimit, test.images.count) : test.images.count;
  const testImages = { count: testCount, height, width, pixels: test.images.pixels.subarray(0, testCount * size) };
  const values = binarizeLikeTraining(testImages, spec.data.binarization, 1);
  const scores = anomalyScores(trained.model, values, testCount, size);
  const normal: number[] = [];
  const anomalies: number[] = [];
  const lines = ['index,label,score'];
  for (let n = 0; n < testCount; n++) {
    (test.labels[n] === spec.anomalyClass ? anomalies : normal).push(scores[n]);
    lines.push(`${n},${test.labels[n]},${scores[n]}`);
  }
  writeFileSync(join(runDir, 'scores.csv'), `${lines.join('\n')}\n`);
  const training = trained.training;
  return {
    task: 'anomaly',
    name: spec.name,
    method: 'free-energy',
    seed: spec.seed,
    anomalyClass: spec.anomalyClass,
    auroc: auroc(anomalies, normal),
    testNormal: normal.length,
    testAnomalies: anomalies.length,
    scoresNormal: summarizeScores(normal),
    scoresAnomalies: summarizeScores(anomalies),
    trainRows: trainIndices.length,
    nh: spec.rbm.nh,
    epochs: spec.rbm.epochs,
    binarization: spec.data.binarization,
    data: `Fashion-MNIST from ${fashion.dir}: train on classes ${normalClasses.join(',')} (${spec.data.trainPerClass || 'all'} per class), score the first ${testCount} test images`,
    modelFile: trained.modelFile,
    scoresFile: join(runDir, 'scores.csv'),
    training: training ? { reconstructionError: training.reconstructionError, pseudoLogLik: training.pseudoLogLik, updates: training.updates, curve: training.curve } : 'none (the spec gave a trained model)',
  };
}

function givenModel(model: Model, specFile: string, size: number): { model: Rbm; modelFile: string; training?: undefined } {
  if (!(model instanceof Rbm)) throw new InputError(specFile, 'type', `must be an rbm, got type ${model.type}`);
  if (model.nv !== size) throw new InputError(specFile, 'nv', `has ${model.nv} visible units; Fashion-MNIST images have ${size} pixels`);
  return { model, modelFile: specFile };
}

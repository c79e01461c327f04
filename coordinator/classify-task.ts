/**
 * The classify task: one RBM per Fashion-MNIST class, trained in turn by the train task; each
 * test image goes to argmax_k -F_k(v) + o_k, with the class offsets o_k fitted on held-out
 * validation images (core/apps/free-energy-classifier.ts says why offsets rather than per-class
 * AIS, after Hinton 2010, sec. 16.1). Reports the test accuracy of that rule and, for contrast,
 * of the plain argmin_k F_k(v), which is biased by the unknown log Z_k. Writes predictions.csv
 * (index,label,predicted) and free-energies.npy (test images x classes, float64).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { classRows, selectImages } from '../core/apps/class-split.js';
import { accuracy, fitClassOffsets, freeEnergyMatrix, meanConditionalLogLik, predictClasses } from '../core/apps/free-energy-classifier.js';
import { encodeNpy } from '../core/io/npy.js';
import type { Rbm } from '../core/models/rbm.js';
import type { ClassifySpec } from '../experiments/apps-spec.js';
import { binarizeLikeTraining, trainRbmOnImages } from './apps-training.js';
import { loadFashionMnist } from './datasets.js';
import type { TaskContext, TaskResult } from './task.js';

export async function runClassifyTask(context: TaskContext<ClassifySpec>): Promise<TaskResult> {
  const { spec, runDir } = context;
  const classes = [...new Set(spec.classes)];
  const K = classes.length;
  const fashion = loadFashionMnist(spec.data.dir);
  const { height, width } = fashion.train.images;
  const size = height * width;
  const image = (pixels: Uint8Array, indices: Int32Array) => ({ count: indices.length, height, width, pixels: selectImages(pixels, size, indices) });

  const models: Rbm[] = [];
  const curves: Record<string, unknown> = {};
  let trainRows = 0;
  for (let k = 0; k < K; k++) {
    const indices = classRows(fashion.train.labels, [classes[k]], spec.data.trainPerClass, spec.data.validationPerClass);
    trainRows += indices.length;
    const trained = await trainRbmOnImages(context, `class-${classes[k]}`, image(fashion.train.images.pixels, indices), spec.rbm, spec.data.binarization, k);
    models.push(trained.model);
    curves[classes[k]] = { reconstructionError: trained.training.reconstructionError, pseudoLogLik: trained.training.pseudoLogLik };
  }

  // Validation: the first validationPerClass training-file images of each class, never trained on.
  const validationIndices = classRows(fashion.train.labels, classes, spec.data.validationPerClass);
  const validation = binarizeLikeTraining(image(fashion.train.images.pixels, validationIndices), spec.data.binarization, 2);
  const validationLabels = Int32Array.from(validationIndices, (n) => classes.indexOf(fashion.train.labels[n]));
  const fitted = fitClassOffsets(freeEnergyMatrix(models, validation, validationIndices.length, size), validationLabels, K);

  const testAll = fashion.test;
  const limit = spec.data.testLimit > 0 ? spec.data.testLimit : testAll.images.count;
  const testIndices = Int32Array.from(classRows(testAll.labels, classes, 0).filter((n) => n < limit));
  const test = binarizeLikeTraining(image(testAll.images.pixels, testIndices), spec.data.binarization, 1);
  const testLabels = Int32Array.from(testIndices, (n) => classes.indexOf(testAll.labels[n]));
  const energies = freeEnergyMatrix(models, test, testIndices.length, size);
  const predicted = predictClasses(energies, K, fitted.offsets);
  const plain = predictClasses(energies, K);

  const confusion = classes.map(() => new Array<number>(K).fill(0));
  for (let n = 0; n < testLabels.length; n++) confusion[testLabels[n]][predicted[n]]++;
  writeFileSync(join(runDir, 'predictions.csv'), `index,label,predicted\n${Array.from(testIndices, (n, r) => `${n},${classes[testLabels[r]]},${classes[predicted[r]]}`).join('\n')}\n`);
  writeFileSync(join(runDir, 'free-energies.npy'), encodeNpy(energies, [testIndices.length, K]));
  return {
    task: 'classify',
    name: spec.name,
    method: 'free-energy+fitted-offsets',
    seed: spec.seed,
    classes,
    accuracy: accuracy(predicted, testLabels),
    accuracyPlainFreeEnergy: accuracy(plain, testLabels),
    perClassAccuracy: Object.fromEntries(classes.map((c, k) => [c, confusion[k][k] / confusion[k].reduce((s, x) => s + x, 0)])),
    confusion,
    offsets: Array.from(fitted.offsets),
    offsetsScale: fitted.scale,
    softmaxOffsets: Array.from(fitted.rawOffsets),
    softmaxStderr: Array.from(fitted.stderr),
    testConditionalLogLik: meanConditionalLogLik(energies, testLabels, K, fitted.offsets, fitted.scale),
    testRows: testIndices.length,
    validationRows: validationIndices.length,
    trainRows,
    nh: spec.rbm.nh,
    epochs: spec.rbm.epochs,
    binarization: spec.data.binarization,
    data: `Fashion-MNIST from ${fashion.dir}: per class ${spec.data.validationPerClass} validation then ${spec.data.trainPerClass || 'all remaining'} training images; the first ${limit} test images`,
    modelFiles: classes.map((c) => join(runDir, `class-${c}`, 'model.json')),
    training: curves,
  };
}

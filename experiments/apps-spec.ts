/**
 * The application tasks on Fashion-MNIST (issue 3, item 7), each training RBMs with the train
 * task's PCD (experiments/train-spec.ts) and then using them:
 *   anomaly   one RBM on nine classes; the free energy scores the test split; the AUROC of the
 *             held-out tenth class (anomalies) against the nine (normal) is the result.
 *   classify  one RBM per class; predict argmax_k -F_k(v) + o_k with class offsets o_k fitted on
 *             held-out validation images (core/apps/free-energy-classifier.ts); test accuracy.
 * The defaults are sized for minutes on two cores (100 hidden units, 5 epochs, 1000 training
 * images per class). To scale up: data.trainPerClass: 0 (all 6000 per class, minus validation),
 * rbm.nh: 500, rbm.epochs: 20-50, and more workers (--workers, or --nats with `ebm worker`s).
 */
import { z } from 'zod';
import { commonFields, modelRefSchema } from './common-spec.js';
import { binarizationSchema, trainSpecSchema } from './train-spec.js';

const positiveInt = z.number().int().min(1);
const fashionClass = z.number().int().min(0).max(9);

/** How each RBM is trained: the train task's fields (same meanings and defaults), with smaller defaults for nh and epochs. */
export const appsRbmSchema = trainSpecSchema
  .pick({ initScale: true, batchSize: true, particles: true, k: true, method: true, learningRate: true, schedule: true, momentum: true, weightDecay: true, shardSize: true, checkpointEvery: true, kernel: true })
  .extend({
    /** Hidden units of each RBM. */
    nh: positiveInt.default(100),
    /** Passes over each RBM's training images. */
    epochs: positiveInt.default(5),
  });

const dataFields = {
  /** The folder holding the four Fashion-MNIST IDX files (the Debian package dataset-fashion-mnist). */
  dir: z.string().default('/usr/share/datasets/fashion-mnist'),
  /** How grey levels become 0/1, for training and test images alike (the train task's rule). */
  binarization: binarizationSchema.default({ kind: 'threshold', threshold: 0.5 }),
  /** Training images per class, the first ones in file order; 0 = all. */
  trainPerClass: z.number().int().min(0).default(1000),
  /** Score / classify only the first N test images (file order); 0 = all 10,000. */
  testLimit: z.number().int().min(0).default(0),
};

export const anomalySpecSchema = z.strictObject({
  task: z.literal('anomaly'),
  ...commonFields,
  /** An RBM already trained on the normal classes (a model file, e.g. an earlier run's normal/model.json, or inline): scored as is, no training. */
  model: modelRefSchema.optional(),
  /** The class held out of training: its test images are the anomalies (9 = ankle boot). */
  anomalyClass: fashionClass.default(9),
  /** Fashion-MNIST and how much of it. */
  data: z.strictObject(dataFields).prefault({}),
  /** The RBM trained on the nine normal classes. */
  rbm: appsRbmSchema.prefault({}),
});

export const classifySpecSchema = z.strictObject({
  task: z.literal('classify'),
  ...commonFields,
  /** Unused: the task trains one RBM per class. Absent. */
  model: z.undefined().optional(),
  /** The classes, one RBM each (at least two). */
  classes: z.array(fashionClass).min(2).default([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
  /** Fashion-MNIST and how much of it. */
  data: z
    .strictObject({
      ...dataFields,
      /** Training-file images per class held out (the first ones) to fit the class offsets; the RBMs train on the images after them. */
      validationPerClass: positiveInt.default(200),
    })
    .prefault({}),
  /** How each class's RBM is trained. */
  rbm: appsRbmSchema.prefault({}),
});

export type AnomalySpec = z.infer<typeof anomalySpecSchema>;
export type ClassifySpec = z.infer<typeof classifySpecSchema>;
export type AppsRbmOptions = z.infer<typeof appsRbmSchema>;

/**
 * Training the RBMs of the application tasks with the train task itself: the chosen images go
 * into an IDX file in a sub-folder of the run, a train spec (experiments/train-spec.ts) points
 * at it, and coordinator/train-task.ts runs there — data-parallel on the run's workers, with
 * its checkpoints, so `ebm resume` continues an interrupted class where it stopped. The trained
 * model is read back from the sub-folder's model.json.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { binarizeBySampling, binarizeByThreshold } from '../core/data/binarize.js';
import type { ImageSet } from '../core/data/dataset.js';
import { encodeIdx, IDX_IMAGES_MAGIC } from '../core/data/idx.js';
import { modelFromJson } from '../core/models/model-file.js';
import type { Rbm } from '../core/models/rbm.js';
import { streamRng } from '../core/rng/rng.js';
import type { AppsRbmOptions } from '../experiments/apps-spec.js';
import type { TrainSpec } from '../experiments/train-spec.js';
import { trainSpecSchema } from '../experiments/train-spec.js';
import type { TaskContext, TaskResult } from './task.js';
import { runTrainTask } from './train-task.js';

export interface TrainedRbm {
  model: Rbm;
  modelFile: string;
  /** The train task's result (curve, reconstruction error, pseudo-likelihood). */
  training: TaskResult;
}

/**
 * Train one RBM on `images` in runDir/`part`, with seed = the run's seed + partIndex, so the
 * parts draw different streams and each is reproducible from the spec.
 */
export async function trainRbmOnImages(
  context: TaskContext,
  part: string,
  images: ImageSet,
  rbm: AppsRbmOptions,
  binarization: TrainSpec['data']['binarization'],
  partIndex: number,
): Promise<TrainedRbm> {
  const dir = join(context.runDir, part);
  mkdirSync(dir, { recursive: true });
  const imagesFile = join(dir, 'train-images-idx3-ubyte');
  if (!existsSync(imagesFile)) writeFileSync(imagesFile, encodeIdx(IDX_IMAGES_MAGIC, [images.count, images.height, images.width], images.pixels));
  const spec: TrainSpec = trainSpecSchema.parse({
    task: 'train',
    name: `${context.spec.name}-${part}`.slice(0, 64),
    seed: context.spec.seed + partIndex,
    ...rbm,
    data: { dataset: 'idx', trainImages: imagesFile, binarization },
    // Scoring and classifying need no log-likelihood; AIS per class would cost more than the training.
    evaluation: { examples: Math.min(500, images.count), exactLogLik: false, ais: { chains: 0 } },
  });
  const specFile = join(dir, 'spec.json');
  writeFileSync(specFile, `${JSON.stringify(spec, null, 2)}\n`);
  const training = await runTrainTask({
    ...context,
    spec,
    model: undefined,
    specFile,
    runDir: dir,
    runId: `${context.runId}-${part}`.slice(-64),
    events: { ...context.events, progress: (done, total, detail) => context.events.progress(done, total, `${part}${detail ? `, ${detail}` : ''}`) },
  });
  const modelFile = join(dir, 'model.json');
  return { model: modelFromJson(JSON.parse(readFileSync(modelFile, 'utf8')), modelFile) as Rbm, modelFile, training };
}

/** Binary rows of images by the train task's rule: threshold t -> v = 1 where grey > 255 t; sample -> v ~ Bernoulli(grey / 255). */
export function binarizeLikeTraining(images: ImageSet, binarization: TrainSpec['data']['binarization'], stream: number): Uint8Array {
  return binarization.kind === 'threshold'
    ? binarizeByThreshold(images, Math.floor(binarization.threshold * 255) + 1).data
    : binarizeBySampling(images, streamRng(binarization.seed, 'apps.binarize', stream)).data;
}

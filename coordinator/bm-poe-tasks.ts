/** The Boltzmann-machine and product-of-experts learning tasks, spread into the task registry by tasks.ts. */
import { runBmTrainTask } from './bm-train-task.js';
import { runPoeTrainTask } from './poe-train-task.js';

export const learningTaskRunners = {
  'train-bm': runBmTrainTask,
  'train-poe': runPoeTrainTask,
};

/** The energy-based model family's task runners, spread into the task registry by tasks.ts. */
import { runDenoiseTask } from './denoise-task.js';
import { runHopfieldCapacityTask } from './hopfield-capacity-task.js';

export const familyTaskRunners = {
  denoise: runDenoiseTask,
  'hopfield-capacity': runHopfieldCapacityTask,
};

/** The only list of tasks: a spec's `task` field names its runner here. */
import type { Model } from '../core/models/model.js';
import type { Spec } from '../experiments/spec.js';
import { runLogzTask } from './logz-task.js';
import { runSampleTask } from './sample-task.js';
import { familyTaskRunners } from './family-tasks.js';
import type { TaskContext, TaskResult } from './task.js';
import { runTrainTask } from './train-task.js';
import { runAnomalyTask, runClassifyTask } from './apps-tasks.js';
import { learningTaskRunners } from './bm-poe-tasks.js';
import { runDbnTask } from './dbn-task.js';

type Runners = { [T in Spec['task']]: (context: TaskContext<Extract<Spec, { task: T }>>) => Promise<TaskResult> };

export const taskRunners: Runners = {
  logz: runLogzTask,
  sample: runSampleTask,
  train: runTrainTask,
  ...familyTaskRunners,
  anomaly: runAnomalyTask, classify: runClassifyTask,
  ...learningTaskRunners,
  dbn: runDbnTask,
};

export function runTask(context: TaskContext): Promise<TaskResult> {
  const runner = taskRunners[context.spec.task] as (c: TaskContext) => Promise<TaskResult>;
  return runner(context);
}

/**
 * Checks a task can run before anything starts (so bad input fails in one line, with no run
 * folder): today, that an exact method applies when one is asked for.
 */
export function preflightTask(spec: Spec, model: Model): void {
  if (spec.task === 'logz' && spec.method === 'exact' && model.exactMethods().length === 0) model.exactLogZ();
}

/** The only list of tasks: a spec's `task` field names its runner here. */
import type { Spec } from '../experiments/spec.js';
import { runLogzTask } from './logz-task.js';
import type { TaskContext, TaskResult } from './task.js';

type Runners = { [T in Spec['task']]: (context: TaskContext<Extract<Spec, { task: T }>>) => Promise<TaskResult> };

export const taskRunners: Runners = {
  logz: runLogzTask,
};

export function runTask(context: TaskContext): Promise<TaskResult> {
  const runner = taskRunners[context.spec.task] as (c: TaskContext) => Promise<TaskResult>;
  return runner(context);
}

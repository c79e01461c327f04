/**
 * Subject names. Every run has its own namespace `ebm.<run>.…`, so runs share a NATS
 * cluster without crosstalk; workers serve every run through the wildcard.
 */

/** Run ids are used inside subjects: letters, digits, '-' and '_' only. */
export function checkRunId(runId: string): string {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(runId)) throw new RangeError(`run id ${JSON.stringify(runId)} must be 1-64 letters, digits, '-' or '_'`);
  return runId;
}

export const subjects = {
  /** Work units of a run (request/reply to the workers' queue group). */
  units: (runId: string) => `ebm.${checkRunId(runId)}.units`,
  /** Units addressed to one worker (state-affine PT rounds go to the worker holding the copy). */
  workerUnits: (runId: string, worker: string) => `ebm.${checkRunId(runId)}.worker.${workerToken(worker)}`,
  /** What a worker serves besides the queue group: the units of every run addressed to it. */
  allWorkerUnits: (worker: string) => `ebm.*.worker.${workerToken(worker)}`,
  /** What workers serve: the units of every run. */
  allUnits: 'ebm.*.units',
  /** Worker hello / heartbeat / goodbye. */
  workers: 'ebm.workers',
  /** Asks every worker for a heartbeat now (a registry that just started need not wait a period). */
  workersProbe: 'ebm.workers.probe',
  /** The queue group all workers join. */
  workerQueue: 'ebm-workers',
} as const;

/** A worker name as one subject token: characters NATS treats specially become '_'. */
export function workerToken(worker: string): string {
  return worker.replace(/[^A-Za-z0-9_-]/g, '_') || '_';
}

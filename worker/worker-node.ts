/**
 * A worker node: serves the work units of every run on a transport, running each on a
 * piscina thread pool. It does not know which transport carries the units (embedded or NATS).
 */
import { Piscina } from 'piscina';
import type { Closable, Transport } from '../proto/transport.js';
import { subjects } from '../proto/subjects.js';
import { compiledSibling } from './compiled-path.js';
import type { UnitTask } from './unit-task.js';

export interface WorkerNodeOptions {
  transport: Transport;
  /** Threads in the pool; each runs one unit at a time. */
  threads: number;
  /** A name for diagnostics (results carry it; estimates never depend on it). */
  name: string;
}

export interface WorkerNode {
  readonly name: string;
  readonly threads: number;
  /** Units completed by this node so far. */
  completed(): number;
  close(): Promise<void>;
}

export function startWorkerNode(options: WorkerNodeOptions): WorkerNode {
  const pool = new Piscina<UnitTask, Uint8Array>({
    filename: compiledSibling(import.meta.url, 'unit-task'),
    minThreads: options.threads,
    maxThreads: options.threads,
    idleTimeout: 60_000,
  });
  let done = 0;
  const serving: Closable = options.transport.serve(subjects.allUnits, subjects.workerQueue, async (payload) => {
    const reply = await pool.run({ payload, worker: options.name });
    done++;
    return reply;
  });
  return {
    name: options.name,
    threads: options.threads,
    completed: () => done,
    async close() {
      serving.close();
      await pool.destroy();
    },
  };
}

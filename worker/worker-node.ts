/**
 * A worker node: serves the work units of every run on a transport -- addressed to it by name
 * (`ebm.<run>.worker.<name>`: the PT rounds and PCD updates of states it holds, and the
 * stateless units a distributed coordinator placed on it), and from the workers' queue group
 * (the embedded runtime's units, and a coordinator's fallback) -- and announces itself on
 * `ebm.workers` (hello, a heartbeat every `heartbeatMs`, goodbye). Stateless units (AIS, samples, PCD data shards) run on a piscina thread pool, PT
 * rounds and held PCD particle shards on the chain host thread holding their state
 * (worker/chain-host.ts, worker/stateful-units.ts). It does not know which transport carries
 * the units.
 */
import { Piscina } from 'piscina';
import { MessageGuard } from '../proto/guard.js';
import { UnitResult, wire, type UnitRequest } from '../proto/messages.js';
import type { Closable, Transport } from '../proto/transport.js';
import { subjects } from '../proto/subjects.js';
import { PROTOCOL_VERSION } from '../proto/version.js';
import { startChainHosts } from './chain-host.js';
import { compiledSibling } from './compiled-path.js';
import { statefulUnit } from './stateful-units.js';
import { UnitSlots } from './unit-slots.js';
import type { UnitFigures } from '../metrics/unit-figures.js';
import type { UnitTask, UnitTaskOutput } from './unit-task.js';

export interface WorkerNodeOptions {
  transport: Transport;
  /** Threads in the pool, and chain host threads; each runs one unit at a time. */
  threads: number;
  /** A unique name for diagnostics (results carry it; estimates never depend on it). */
  name: string;
  /** Heartbeat period; the coordinator counts a worker lost after a few missed ones. */
  heartbeatMs?: number;
  /** Drops and counts malformed or foreign requests before they reach a thread. */
  guard?: MessageGuard;
  /** Called after each unit with the figures its thread reported: sweeps, flips, compute seconds (metrics listen here). */
  onUnit?: (figures: UnitFigures) => void;
}

export interface WorkerNode {
  readonly name: string;
  readonly threads: number;
  /** Units completed by this node so far, and running now. */
  completed(): number;
  running(): number;
  /** States (PT copies, particle shards) placed on its chain hosts over its runs kept. */
  held(): number;
  /** Say goodbye, finish the units in hand, and stop the pool. */
  close(): Promise<void>;
}

export const DEFAULT_HEARTBEAT_MS = 1000;

export function startWorkerNode(options: WorkerNodeOptions): WorkerNode {
  const { transport, name, threads } = options;
  const guard = options.guard ?? new MessageGuard();
  const pool = new Piscina<UnitTask, UnitTaskOutput>({
    filename: compiledSibling(import.meta.url, 'unit-task'),
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
  });
  let done = 0;
  let running = 0;
  let sequence = 0;
  const status = (kind: number) =>
    transport.publish(
      subjects.workers,
      wire.WorkerStatus.encode(wire.WorkerStatus.create({ protocolVersion: PROTOCOL_VERSION, worker: name, kind, threads, unitsRunning: running, sequence: sequence++ })).finish(),
    );
  const hosts = startChainHosts(threads);
  // A PCD update's data shards (pool) and held particle shards (chain hosts) share `threads`
  // slots. Other units are not held back: PT rounds are alone on the chain hosts, and the
  // pool queues AIS and sampling units itself, handing a freed thread its next unit at once.
  const slots = new UnitSlots(threads);
  const runUnit = (request: UnitRequest, payload: Uint8Array): Promise<UnitTaskOutput> =>
    statefulUnit(request) ? hosts.run(request, payload, name).catch((err: Error) => failedUnit(request, name, err)) : pool.run({ payload, worker: name });
  const handle = async (payload: Uint8Array): Promise<Uint8Array> => {
    const request = guard.unitRequest(payload);
    if (!request) throw new Error('dropped a unit request that failed the guard');
    running++;
    try {
      const { reply, figures } = request.body === 'pcd' ? await slots.run(() => runUnit(request, payload)) : await runUnit(request, payload);
      options.onUnit?.(figures);
      done++;
      return reply;
    } finally {
      running--;
    }
  };
  const serving: Closable[] = [
    transport.serve(subjects.allUnits, subjects.workerQueue, handle),
    transport.serve(subjects.allWorkerUnits(name), subjects.allWorkerUnits(name), handle),
  ];
  serving.push(transport.subscribe(subjects.workersProbe, () => status(wire.WorkerStatus.Kind.HEARTBEAT)));
  status(wire.WorkerStatus.Kind.HELLO);
  const heartbeat = setInterval(() => status(wire.WorkerStatus.Kind.HEARTBEAT), options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS);
  heartbeat.unref();
  return {
    name,
    threads,
    completed: () => done,
    running: () => running,
    held: () => hosts.placements().reduce((a, b) => a + b, 0),
    async close() {
      clearInterval(heartbeat);
      serving.forEach((s) => s.close());
      status(wire.WorkerStatus.Kind.GOODBYE);
      await Promise.all([pool.destroy(), hosts.close()]);
    },
  };
}

/** A unit whose thread died under it: an error result, so the coordinator retries at once instead of timing out. */
function failedUnit(request: UnitRequest, worker: string, error: Error): UnitTaskOutput {
  const result = UnitResult.create({
    protocolVersion: PROTOCOL_VERSION,
    runId: request.runId,
    unitId: request.unitId,
    attempt: request.attempt,
    worker,
    error: wire.UnitError.create({ kind: error.name, message: error.message }),
  });
  return { reply: UnitResult.encode(result).finish(), figures: { sweeps: 0, flips: 0, seconds: 0 } };
}

/**
 * Chain hosts: a worker node's long-lived threads for stateful units (PT copies). Unlike the
 * piscina pool, a unit does not go to any free thread but to the one that holds its copy
 * (placed on the thread with the fewest copies the first time), so a round moves only its
 * record, never the copy's state. The threads run worker/chain-host-thread.ts and are called
 * through comlink (worker/comlink-node.ts); they start on the first PT unit.
 *
 * Each copy's state after its last round also sits in a SharedArrayBuffer this thread keeps
 * (worker/pt-state-slab.ts): when a host thread dies, a fresh one takes its place and reloads
 * the copies from their slabs; only the unit it was running fails (and is retried).
 */
import { Worker } from 'node:worker_threads';
import { releaseProxy, type Remote } from 'comlink';
import type { PtUnit, UnitRequest } from '../proto/messages.js';
import { remoteOf } from './comlink-node.js';
import { compiledSibling } from './compiled-path.js';
import type { UnitTask, UnitTaskOutput } from './unit-task.js';
import { ptCopyConfig, type PtCopyConfig, type PtRestore } from './units/pt-unit.js';

/** A PT unit for a host thread, with the copy's slab when the thread must reload it. */
export interface ChainHostTask extends UnitTask {
  restore?: PtRestore;
}

/** The unit's encoded result, and the slab the thread keeps the copy's state in. */
export interface ChainHostOutput extends UnitTaskOutput {
  slab?: SharedArrayBuffer;
}

/** What a chain host thread serves (every call runs to the end before the next starts). */
export interface ChainHostApi {
  runPt(task: ChainHostTask): ChainHostOutput;
  /** Copies the thread holds. */
  held(): number;
}

export interface ChainHosts {
  /** Run a PT unit on the thread holding its copy. */
  runPt(request: UnitRequest, payload: Uint8Array, worker: string): Promise<UnitTaskOutput>;
  /** Copies placed on each thread (diagnostics and tests). */
  placements(): number[];
  /** Let the units in hand finish, then stop the threads (what they hold is lost: the coordinator has the last checkpoint). */
  close(): Promise<void>;
}

interface HostThread {
  thread: Worker;
  remote: Remote<ChainHostApi>;
  generation: number;
  /** Rejects the calls in flight when the thread exits. */
  pending: Set<(error: Error) => void>;
}

interface Placement {
  host: number;
  /** The thread generation holding the copy; another one must reload it from `slab`. */
  generation: number;
  slab?: SharedArrayBuffer;
  config?: PtCopyConfig;
}

/** Runs whose placements are kept (as many as a host thread keeps copies of). */
const RUNS_KEPT = 4;

export function startChainHosts(threads: number): ChainHosts {
  const hosts: (HostThread | undefined)[] = new Array(threads).fill(undefined);
  let generation = 0;
  let closing = false;
  const placements = new Map<string, Map<number, Placement>>();

  const spawn = (index: number): HostThread => {
    const thread = new Worker(compiledSibling(import.meta.url, 'chain-host-thread'));
    const host: HostThread = { thread, remote: remoteOf<ChainHostApi>(thread), generation: ++generation, pending: new Set() };
    thread.on('error', () => {}); // the exit below reports it to the calls in flight
    thread.once('exit', (code) => {
      if (hosts[index] === host) hosts[index] = undefined;
      for (const reject of host.pending) reject(new Error(`chain host thread ${index} exited with code ${code}`));
    });
    hosts[index] = host;
    return host;
  };

  const countOn = (index: number): number => {
    let n = 0;
    for (const copies of placements.values()) for (const p of copies.values()) if (p.host === index) n++;
    return n;
  };

  const placementOf = (runId: string, copy: number): Placement => {
    let copies = placements.get(runId);
    if (copies) placements.delete(runId); // re-inserted last: most recently used
    copies ??= new Map();
    placements.set(runId, copies);
    while (placements.size > RUNS_KEPT) placements.delete(placements.keys().next().value as string);
    let placement = copies.get(copy);
    if (!placement) {
      const counts = hosts.map((_, i) => countOn(i));
      placement = { host: counts.indexOf(Math.min(...counts)), generation: 0 };
      copies.set(copy, placement);
    }
    return placement;
  };

  /** Calls in flight, which closing lets finish. */
  const inflight = new Set<Promise<ChainHostOutput>>();
  const call = (host: HostThread, task: ChainHostTask): Promise<ChainHostOutput> => {
    const promise = new Promise<ChainHostOutput>((resolve, reject) => {
      host.pending.add(reject);
      host.remote.runPt(task).then(resolve, reject).finally(() => host.pending.delete(reject));
    });
    inflight.add(promise);
    void promise.catch(() => {}).finally(() => inflight.delete(promise));
    return promise;
  };

  return {
    async runPt(request, payload, worker) {
      if (closing) throw new Error('the chain hosts are closing');
      const unit = request.pt as PtUnit; // decoded messages are full instances
      const placement = placementOf(request.runId, unit.copy);
      if (unit.modelJson) placement.config = ptCopyConfig(unit);
      const host = hosts[placement.host] ?? spawn(placement.host);
      const restore = placement.generation !== host.generation && placement.slab && placement.config ? { slab: placement.slab, config: placement.config } : undefined;
      const output = await call(host, { payload, worker, restore });
      if (output.slab) {
        placement.slab = output.slab;
        placement.generation = host.generation;
      }
      return { reply: output.reply, figures: output.figures };
    },
    placements: () => hosts.map((_, i) => countOn(i)),
    async close() {
      closing = true;
      await Promise.allSettled([...inflight]);
      await Promise.all(
        hosts.map(async (host) => {
          if (!host) return;
          host.remote[releaseProxy]();
          await host.thread.terminate();
        }),
      );
    },
  };
}

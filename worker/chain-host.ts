/**
 * Chain hosts: a worker node's long-lived threads for stateful units (PT copies, PCD particle
 * shards; worker/stateful-units.ts). Unlike the piscina pool, a unit does not go to any free
 * thread but to the one that holds its state (placed on the thread with the fewest states the
 * first time), so a round moves only its record (an update only its statistics), never the
 * state. The threads run worker/chain-host-thread.ts and are called through comlink
 * (worker/comlink-node.ts); they start on the first stateful unit.
 *
 * Each state after its last round also sits in a SharedArrayBuffer this thread keeps
 * (worker/pt-state-slab.ts, worker/particle-slab.ts): when a host thread dies, a fresh one
 * takes its place and reloads the states from their slabs; only the unit it was running
 * fails (and is retried).
 *
 * The last reply per held state is kept: a duplicate request (same run, unit id and starting
 * round, as a NATS reconnect makes) gets it again instead of a StateMissing failure, which
 * would make the coordinator move the state and replay.
 */
import { Worker } from 'node:worker_threads';
import { releaseProxy, type Remote } from 'comlink';
import type { UnitRequest } from '../proto/messages.js';
import { remoteOf } from './comlink-node.js';
import { compiledSibling } from './compiled-path.js';
import { statefulUnit, type StatefulUnitInfo } from './stateful-units.js';
import type { UnitTask, UnitTaskOutput } from './unit-task.js';
import type { PcdRestore } from './units/pcd-held-unit.js';
import type { PtRestore } from './units/pt-unit.js';

/** A stateful unit for a host thread, with the state's slab when the thread must reload it. */
export interface ChainHostTask extends UnitTask {
  restore?: PtRestore | PcdRestore;
}

/** The unit's encoded result, and the slab the thread keeps the copy's state in. */
export interface ChainHostOutput extends UnitTaskOutput {
  slab?: SharedArrayBuffer;
}

/** What a chain host thread serves (every call runs to the end before the next starts). */
export interface ChainHostApi {
  run(task: ChainHostTask): ChainHostOutput;
  /** States the thread holds. */
  held(): number;
}

export interface ChainHosts {
  /** Run a stateful unit (statefulUnit(request) is defined) on the thread holding its state. */
  run(request: UnitRequest, payload: Uint8Array, worker: string): Promise<UnitTaskOutput>;
  /** States placed on each thread (diagnostics and tests). */
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
  /** The thread generation holding the state; another one must reload it from `slab`. */
  generation: number;
  slab?: SharedArrayBuffer;
  config?: StatefulUnitInfo['config'];
  /** The last unit run on the state, and its output: what a duplicate of it gets. */
  last?: { unitId: number; from: number; digest: string; wants: string; output: Promise<ChainHostOutput> };
}

/** A duplicate's figures: its work was counted once, by the unit it duplicates. */
const NO_FIGURES = { sweeps: 0, flips: 0, seconds: 0 };

/** Runs whose placements are kept (as many as a host thread keeps states of). */
const RUNS_KEPT = 4;

export function startChainHosts(threads: number): ChainHosts {
  const hosts: (HostThread | undefined)[] = new Array(threads).fill(undefined);
  let generation = 0;
  let closing = false;
  /** Per run, keyed by `${body}/${key}` (a PT copy, a particle shard). */
  const placements = new Map<string, Map<string, Placement>>();

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
    for (const states of placements.values()) for (const p of states.values()) if (p.host === index) n++;
    return n;
  };

  const placementOf = (runId: string, key: string): Placement => {
    let states = placements.get(runId);
    if (states) placements.delete(runId); // re-inserted last: most recently used
    states ??= new Map();
    placements.set(runId, states);
    while (placements.size > RUNS_KEPT) placements.delete(placements.keys().next().value as string);
    let placement = states.get(key);
    if (!placement) {
      const counts = hosts.map((_, i) => countOn(i));
      placement = { host: counts.indexOf(Math.min(...counts)), generation: 0 };
      states.set(key, placement);
    }
    return placement;
  };

  /** Calls in flight, which closing lets finish. */
  const inflight = new Set<Promise<ChainHostOutput>>();
  const call = (host: HostThread, task: ChainHostTask): Promise<ChainHostOutput> => {
    const promise = new Promise<ChainHostOutput>((resolve, reject) => {
      host.pending.add(reject);
      host.remote.run(task).then(resolve, reject).finally(() => host.pending.delete(reject));
    });
    inflight.add(promise);
    void promise.catch(() => {}).finally(() => inflight.delete(promise));
    return promise;
  };

  return {
    async run(request, payload, worker) {
      if (closing) throw new Error('the chain hosts are closing');
      const unit = statefulUnit(request);
      if (!unit) throw new Error(`unit ${request.unitId} (${String(request.body)}) keeps no state on a chain host`);
      const placement = placementOf(request.runId, `${unit.body}/${unit.key}`);
      const last = placement.last;
      if (last && last.unitId === request.unitId && last.from === unit.from && last.digest === unit.digest && last.wants === unit.wants) {
        // A duplicate (a NATS reconnect re-sent it): the same reply, even while the first still runs.
        // Only a success is served again (it alone leaves a slab): a failure, or a thread
        // that died under it, is no answer for a retry that now carries the state.
        const again = await last.output.catch(() => undefined);
        if (again?.slab) return { reply: again.reply, figures: NO_FIGURES };
      }
      if (unit.config) placement.config = unit.config;
      const host = hosts[placement.host] ?? spawn(placement.host);
      const restore = placement.generation !== host.generation && placement.slab && placement.config ? ({ slab: placement.slab, config: placement.config } as PtRestore | PcdRestore) : undefined;
      const pending = call(host, { payload, worker, restore });
      placement.last = { unitId: request.unitId, from: unit.from, digest: unit.digest, wants: unit.wants, output: pending };
      const output = await pending;
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

/**
 * A chain host thread (worker/chain-host.ts is its main-thread side): holds PT copies and PCD
 * particle shards between units (worker/held-state-store.ts) and runs one unit at a time on
 * them, answering with the round's record or the update's statistics. Lives as long as the
 * worker node.
 */
import { parentPort } from 'node:worker_threads';
import { ReusedWriter } from '../proto/reused-writer.js';
import { exposeOn } from './comlink-node.js';
import type { ChainHostApi, ChainHostOutput, ChainHostTask } from './chain-host.js';
import { PtCopyStore } from './pt-copy-store.js';
import { runEncodedUnit } from './unit-task.js';
import { ParticleStore, runHeldPcdUnit, type PcdRestore } from './units/pcd-held-unit.js';
import { runPtUnit, type PtRestore } from './units/pt-unit.js';

const copies = new PtCopyStore();
const particles = new ParticleStore();
/** Grown to a round record's size by the first unit, and reused. */
const writer = new ReusedWriter();

const api: ChainHostApi = {
  run(task: ChainHostTask): ChainHostOutput {
    let slab: SharedArrayBuffer | undefined;
    const output = runEncodedUnit(task, (request, result) => {
      if (request.body === 'pcd') {
        slab = runHeldPcdUnit(particles, request, result, task.restore as PcdRestore | undefined).slab;
        return;
      }
      if (request.body !== 'pt') throw new Error(`unit ${request.unitId}: a chain host runs PT and held PCD units, not ${String(request.body)}`);
      const held = runPtUnit(copies, request, result, task.restore as PtRestore | undefined);
      slab = held.slab;
      return held.copy.replicas[0].chains.size;
    }, writer);
    // The reply sits in shared memory (ReusedWriter.encodeShared), never transferred: detaching
    // any ArrayBuffer in a thread trips V8's one-way "array buffer detaching" protector, after
    // which the thread's optimised typed-array loops (the kernels) carry detach checks;
    // measured ~10% slower units.
    return { ...output, slab };
  },
  held: () => copies.size() + particles.size(),
};

if (!parentPort) throw new Error('chain-host-thread.js runs as a worker thread');
exposeOn(api, parentPort);

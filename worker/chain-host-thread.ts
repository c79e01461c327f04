/**
 * A chain host thread (worker/chain-host.ts is its main-thread side): holds PT copies between
 * rounds (worker/pt-copy-store.ts) and runs one unit at a time on them, answering with the
 * round's record. Lives as long as the worker node.
 */
import { parentPort } from 'node:worker_threads';
import { ReusedWriter } from '../proto/reused-writer.js';
import { exposeOn } from './comlink-node.js';
import type { ChainHostApi, ChainHostOutput, ChainHostTask } from './chain-host.js';
import { PtCopyStore } from './pt-copy-store.js';
import { runEncodedUnit } from './unit-task.js';
import { runPtUnit } from './units/pt-unit.js';

const store = new PtCopyStore();
/** Grown to a round record's size by the first unit, and reused. */
const writer = new ReusedWriter();

const api: ChainHostApi = {
  runPt(task: ChainHostTask): ChainHostOutput {
    let slab: SharedArrayBuffer | undefined;
    const output = runEncodedUnit(task, (request, result) => {
      const held = runPtUnit(store, request, result, task.restore);
      slab = held.slab;
      return held.copy.replicas[0].chains.size;
    }, writer);
    // The reply sits in shared memory (ReusedWriter.encodeShared), never transferred: detaching
    // any ArrayBuffer in a thread trips V8's one-way "array buffer detaching" protector, after
    // which the thread's optimised typed-array loops (the kernels) carry detach checks;
    // measured ~10% slower units.
    return { ...output, slab };
  },
  held: () => store.size(),
};

if (!parentPort) throw new Error('chain-host-thread.js runs as a worker thread');
exposeOn(api, parentPort);

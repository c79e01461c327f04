/**
 * Backup attempts in the dispatcher (Dean and Ghemawat 2004), on the in-process transport
 * with a "worker" that never answers some attempts (a stopped process whose subscription
 * NATS keeps): a distributed dispatch (one with a worker-loss signal) backs up by default,
 * also when it has no success of its own yet — a dispatch of one unit, or an update whose
 * shards all went to the stopped worker — by the run's last successful attempt of the same
 * unit kind; the first reply wins and a late one changes nothing. A dispatcher without that
 * yardstick would wait for the unit timeout here.
 */
import { describe, expect, it } from 'vitest';
import { dispatchUnits, type WorkerLossSignal } from '../../coordinator/dispatch.js';
import { EmbeddedTransport } from '../../proto/embedded-transport.js';
import { UnitRequest, UnitResult } from '../../proto/messages.js';
import { subjects } from '../../proto/subjects.js';
import { PROTOCOL_VERSION } from '../../proto/version.js';

const RUN = 'backups';
/** A run's worker-loss signal that never fires (each test its own: it keys the run's yardstick). */
const never = (): WorkerLossSignal => ({ next: () => new Promise<void>(() => {}) });

/** Serves units; attempts for which `stall` says so are held until `release()`, then answered too. */
function stallingWorker(transport: EmbeddedTransport, stall: (unitId: number, attempt: number) => boolean) {
  const held: (() => void)[] = [];
  transport.serve(subjects.allUnits, 'workers', async (payload) => {
    const request = UnitRequest.decode(payload);
    if (stall(request.unitId, request.attempt)) await new Promise<void>((resolve) => held.push(resolve));
    // The same answer whichever attempt: a unit is a pure function of its request.
    return UnitResult.encode(UnitResult.create({ protocolVersion: PROTOCOL_VERSION, runId: request.runId, unitId: request.unitId, attempt: request.attempt, seconds: 0.001, worker: `attempt-${request.attempt}` })).finish();
  });
  return { release: () => held.splice(0).forEach((resolve) => resolve()), held: () => held.length };
}

const body = () => ({ pcd: { nv: 1, nh: 1, k: 1 } });

describe('backup attempts', () => {
  it("back up a lone stalled unit by the run's last successful attempt, and ignore its late reply", async () => {
    const transport = new EmbeddedTransport();
    const worker = stallingWorker(transport, (unitId, attempt) => unitId === 10 && attempt === 0);
    const options = { transport, runId: RUN, concurrency: 2, timeoutMs: 600_000, maxAttempts: 4, workerLoss: never(), backups: { factor: 4, minMs: 50 } };
    // Update 1: two shards, both answered: the yardstick.
    const first = await dispatchUnits([0, 1], body, options);
    expect([...first.keys()].sort()).toEqual([0, 1]);

    // Update 2: one shard whose first attempt stalls; nothing in this dispatch has succeeded.
    const retries: string[] = [];
    const second = await dispatchUnits([10], body, { ...options, onRetry: (_u, _a, reason) => retries.push(reason) });
    expect(second.get(10)?.worker).toBe('attempt-1');
    expect(retries).toHaveLength(1);
    expect(retries[0]).toMatch(/a backup attempt/);
    expect(worker.held()).toBe(1);
    worker.release(); // the stalled attempt answers late: the dispatch is done, the result stays
    await new Promise((resolve) => setImmediate(resolve));
    expect(second.get(10)?.worker).toBe('attempt-1');
    await transport.close();
  });

  it('are on by default in distributed runs, and off with backups: false', async () => {
    const transport = new EmbeddedTransport();
    const worker = stallingWorker(transport, (unitId, attempt) => unitId === 1 && attempt === 0);
    const base = { transport, runId: RUN, concurrency: 2, timeoutMs: 600_000, maxAttempts: 4 };
    // The default (DEFAULT_BACKUPS: 4 x median, at least 3 s): unit 0 answers, unit 1 is backed up.
    const results = await dispatchUnits([0, 1], body, { ...base, workerLoss: never() });
    expect(results.get(1)?.worker).toBe('attempt-1');
    worker.release();

    // backups: false (a unit whose state stays on one worker): past the default's 3 s there is
    // still only the stalled attempt; it is answered when released.
    const retries: string[] = [];
    const off = dispatchUnits([1], body, { ...base, workerLoss: never(), backups: false, onRetry: (_u, _a, reason) => retries.push(reason) });
    await new Promise((resolve) => setTimeout(resolve, 3500));
    expect(retries).toEqual([]);
    expect(worker.held()).toBe(1);
    worker.release();
    expect((await off).get(1)?.worker).toBe('attempt-0');
    await transport.close();
  });
});

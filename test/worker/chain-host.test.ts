/**
 * Chain host threads (worker/chain-host.ts): copies are spread over the threads and stay on
 * the one they were placed on, so held rounds find their state there, and the records equal
 * the ones the same units give in this thread. A copy routed to another thread than the one
 * holding it would come back PtStateMissing; a thread keyed by anything but (run, copy) would
 * mix copies and change the bits.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ising2dType } from '../../core/models/ising2d.js';
import { float64Bytes, UnitRequest, UnitResult, wire } from '../../proto/messages.js';
import { startChainHosts } from '../../worker/chain-host.js';
import { PtCopyStore } from '../../worker/pt-copy-store.js';
import { runPtUnit } from '../../worker/units/pt-unit.js';
import { PROTOCOL_VERSION } from '../../proto/version.js';

const model = ising2dType.parse({ type: 'ising2d', rows: 5, cols: 5, beta: 0.4 }, 'test');
const betas = float64Bytes(Float64Array.from([0, 0.25, 0.5, 0.75, 1]));
const hosts = startChainHosts(2);
afterAll(() => hosts.close());

function payload(copy: number, round: number, fields: Record<string, unknown> = {}): Uint8Array {
  const placement = round === 1 ? { modelJson: JSON.stringify(model.toJSON()), referenceJson: '{"kind":"uniform"}' } : {};
  const pt = { seed: 3, copy, replicas: 5, betas, scheme: 'deo', scanStart: 4 * (round - 1), scans: 4, sweeps: 1, configDigest: 'd', heldRound: round - 1, ...placement, ...fields };
  return UnitRequest.encode(UnitRequest.create({ protocolVersion: PROTOCOL_VERSION, runId: 'host-test', unitId: 10 * round + copy, attempt: 0, pt })).finish();
}

/** The round's stepping-stone estimate as sent, byte for byte (every float's bits). */
function estimateBytes(result: UnitResult): Buffer {
  return Buffer.from(wire.SteppingStoneEstimate.encode(result.pt!.estimate!).finish());
}

describe('chain hosts', () => {
  it('place copies on the least loaded thread and run their rounds there, as this thread would', async () => {
    const local = new PtCopyStore();
    for (let round = 1; round <= 3; round++) {
      const replies = await Promise.all([0, 1, 2].map(async (copy) => {
        const bytes = payload(copy, round);
        return UnitResult.decode((await hosts.run(UnitRequest.decode(bytes), bytes, 'w')).reply);
      }));
      replies.forEach((reply, copy) => {
        expect(reply.error ?? undefined).toBeUndefined();
        const expected = UnitResult.create();
        runPtUnit(local, UnitRequest.decode(payload(copy, round)), expected);
        expect(estimateBytes(reply)).toEqual(estimateBytes(expected));
        expect(Buffer.from(reply.pt!.observations!)).toEqual(Buffer.from(expected.pt!.observations!));
      });
    }
    expect(hosts.placements()).toEqual([2, 1]);
  });

  it('answer PtStateMissing for a state they do not hold', async () => {
    const bytes = payload(7, 5);
    const reply = UnitResult.decode((await hosts.run(UnitRequest.decode(bytes), bytes, 'w')).reply);
    expect(reply.error?.kind).toBe('PtStateMissing');
  });

  it('reload a copy from its slab when its thread died, to the same bits', async () => {
    // A custom energy that ends its thread (process.exit in a worker thread ends only the
    // thread) while a marker file exists: the thread dies in the middle of a round.
    const dir = mkdtempSync(join(tmpdir(), 'ebm-chain-host-'));
    const marker = join(dir, 'die');
    const module = join(dir, 'fragile.mjs');
    writeFileSync(module, `import { existsSync } from 'node:fs';\nexport default { kind: 'spin', dimension: 6, energy(x) { if (existsSync(${JSON.stringify(marker)})) process.exit(3); let e = 0; for (let i = 0; i < 6; i++) e -= x[i] * x[(i + 1) % 6]; return e; } };\n`);
    const modelJson = JSON.stringify({ type: 'custom', module });
    const own = startChainHosts(1);
    const unitOf = (round: number) => {
      const fields = round === 1 ? { modelJson, referenceJson: '{"kind":"uniform"}' } : {};
      return UnitRequest.encode(UnitRequest.create({ protocolVersion: PROTOCOL_VERSION, runId: 'fragile', unitId: round, attempt: 0, pt: { seed: 4, copy: 0, replicas: 5, betas, scheme: 'deo', scanStart: 3 * (round - 1), scans: 3, sweeps: 1, configDigest: 'f', heldRound: round - 1, wantState: round === 3, ...fields } })).finish();
    };
    const send = async (round: number) => UnitResult.decode((await own.run(UnitRequest.decode(unitOf(round)), unitOf(round), 'w')).reply);
    try {
      await send(1);
      await send(2);
      writeFileSync(marker, '');
      await expect(send(3)).rejects.toThrow(/chain host thread 0 exited with code 3/);
      rmSync(marker);
      const again = await send(3);
      expect(again.error ?? undefined).toBeUndefined();
      const local = new PtCopyStore();
      let expected = UnitResult.create();
      for (let round = 1; round <= 3; round++) {
        expected = UnitResult.create();
        runPtUnit(local, UnitRequest.decode(unitOf(round)), expected);
      }
      expect(estimateBytes(again)).toEqual(estimateBytes(expected));
      expect(Buffer.from(wire.PtCopyState.encode(again.pt!.state!).finish())).toEqual(Buffer.from(wire.PtCopyState.encode(expected.pt!.state!).finish()));
    } finally {
      if (existsSync(marker)) rmSync(marker);
      await own.close();
    }
  });
});

/**
 * A chain host answers a duplicate request (same run, unit id and starting round, as a NATS
 * reconnect re-sends) with the reply of the unit it duplicates, even while that one still
 * runs, instead of PtStateMissing / PcdStateMissing (which would make the coordinator move
 * the state and replay). Only the last reply per held state is kept: an older duplicate is
 * refused. A host that ran a duplicate again would advance the state twice and answer
 * StateMissing or other bits.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ising2dType } from '../../core/models/ising2d.js';
import { streamRng } from '../../core/rng/rng.js';
import { initialParams } from '../../core/train/rbm-params.js';
import { float64Bytes, UnitRequest, UnitResult } from '../../proto/messages.js';
import { PROTOCOL_VERSION } from '../../proto/version.js';
import { startChainHosts } from '../../worker/chain-host.js';

const hosts = startChainHosts(1);
afterAll(() => hosts.close());

const model = ising2dType.parse({ type: 'ising2d', rows: 5, cols: 5, beta: 0.4 }, 'test');
const betas = float64Bytes(Float64Array.from([0, 0.5, 1]));

function ptPayload(round: number): Uint8Array {
  const placement = round === 1 ? { modelJson: JSON.stringify(model.toJSON()), referenceJson: '{"kind":"uniform"}' } : {};
  const pt = { seed: 3, copy: 0, replicas: 3, betas, scheme: 'deo', scanStart: 40 * (round - 1), scans: 40, sweeps: 1, configDigest: 'dup', heldRound: round - 1, ...placement };
  return UnitRequest.encode(UnitRequest.create({ protocolVersion: PROTOCOL_VERSION, runId: 'dup-pt', unitId: round, attempt: 0, pt })).finish();
}

const params = initialParams(8, 4, 0.5, undefined, streamRng(1, 'test.params', 0));
function pcdPayload(update: number): Uint8Array {
  const particles = update === 0 ? { particles: new Uint8Array(3 * 8).fill(1) } : {};
  const pcd = { nv: 8, nh: 4, weights: float64Bytes(params.W), visibleBias: float64Bytes(params.b), hiddenBias: float64Bytes(params.c), method: 'pcd', k: 1, seed: 2, stream: update, kernel: 'reference', configDigest: 'dup', shard: 0, heldUpdate: update, ...particles };
  return UnitRequest.encode(UnitRequest.create({ protocolVersion: PROTOCOL_VERSION, runId: 'dup-pcd', unitId: update, attempt: 0, pcd })).finish();
}

async function send(payload: Uint8Array): Promise<{ bytes: string; result: UnitResult }> {
  const { reply } = await hosts.run(UnitRequest.decode(payload), payload, 'w');
  return { bytes: Buffer.from(reply).toString('hex'), result: UnitResult.decode(reply) };
}

describe('chain host duplicates', () => {
  it('a PT round sent twice (after it ran, and while it runs) gets the same reply; an older one is refused', async () => {
    await send(ptPayload(1));
    const first = await send(ptPayload(2));
    expect(first.result.error ?? undefined).toBeUndefined();
    expect((await send(ptPayload(2))).bytes).toBe(first.bytes);
    // Round 3 and its duplicate at once: the duplicate waits for the first, never runs itself.
    const [a, b] = await Promise.all([send(ptPayload(3)), send(ptPayload(3))]);
    expect(a.result.error ?? undefined).toBeUndefined();
    expect(b.bytes).toBe(a.bytes);
    // Only the last reply is kept: round 2 again now finds the copy after round 3.
    expect((await send(ptPayload(2))).result.error?.kind).toBe('PtStateMissing');
    // And the copy moved on by exactly one round per round: round 4 runs on it.
    expect((await send(ptPayload(4))).result.error ?? undefined).toBeUndefined();
  });

  it('a held PCD update sent twice gets the same statistics, and the particles advance once', async () => {
    expect((await send(pcdPayload(0))).result.error ?? undefined).toBeUndefined();
    const first = await send(pcdPayload(1));
    expect(first.result.error ?? undefined).toBeUndefined();
    expect(first.result.pcd?.negative?.rows).toBe(3);
    expect((await send(pcdPayload(1))).bytes).toBe(first.bytes);
    expect((await send(pcdPayload(2))).result.error ?? undefined).toBeUndefined();
    expect((await send(pcdPayload(1))).result.error?.kind).toBe('PcdStateMissing');
    expect((await send(pcdPayload(3))).result.error ?? undefined).toBeUndefined();
  });
});

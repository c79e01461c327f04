/**
 * Over a real network stack: nats-server, two workers and the coordinator each on its own
 * host (a network namespace joined to the others by a bridge, test/support/netns.ts). One
 * worker's link is cut mid-run — its TCP connection neither closes nor answers, as with a
 * pulled cable — and the run still completes with the embedded bits. The namespaces are
 * removed afterwards, also when the test fails.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ebmBin, runEbm, tempDir } from '../support/cli.js';
import { createTestNetwork, type TestNetwork } from '../support/netns.js';
import { repoRoot } from '../support/paths.js';
import { AIS_UNITS, LONG_RUN, estimateFields, resultOf, track, waitForOutput, waitForUnits, writeAisSpec, type EbmProcess } from './cluster.js';

const dir = tempDir('ebm-dist-netns-');
// Twice the usual units: the run must outlast the 3.5 s in which the cut-off worker is counted lost.
const spec = writeAisSpec(dir, 'netns', LONG_RUN.steps, 2 * LONG_RUN.sweeps);
let network: TestNetwork | undefined;
afterAll(() => network?.destroy());

describe('workers on other hosts', () => {
  it('survive a cut link: same bits as embedded', async () => {
    const embedded = await runEbm(['run', spec, '--workers', '2', '--json', '--out', join(dir, 'embedded')]);
    expect(embedded.status, embedded.stderr).toBe(0);

    network = createTestNetwork(['nats', 'w1', 'w2', 'coord']);
    const net = network;
    const natsAddress = net.hosts.get('nats')!.address;
    const url = `nats://${natsAddress}:4222`;
    const server = track(net.spawnOn('nats', 'nats-server', ['-a', natsAddress, '-p', '4222']));
    await waitForOutput(server, /Server is ready/);
    const ebm = (host: string, args: string[]): EbmProcess => track(net.spawnOn(host, process.execPath, [ebmBin, ...args], { cwd: repoRoot }));

    const workers = ['w1', 'w2'].map((host) => ebm(host, ['worker', '--nats', url, '--threads', '1', '--name', host]));
    await Promise.all(workers.map((w) => waitForOutput(w, /worker ready/)));
    const runDir = join(dir, 'nats');
    const run = ebm('coord', ['run', spec, '--nats', url, '--min-workers', '2', '--json', '--out', runDir]);
    const cutAt = await waitForUnits(runDir, 1, run);
    net.setLink('w1', false);

    const result = await resultOf(run);
    expect(cutAt, 'the link was cut mid-run').toBeLessThan(AIS_UNITS);
    expect(estimateFields(result)).toEqual(estimateFields(JSON.parse(embedded.stdout)));
    // The coordinator noticed: the loss (3.5 s without heartbeats) or, when the other worker
    // finished the rest first, a backup attempt of a unit w1 held.
    expect(run.stderr()).toMatch(/worker lost worker=w1|a backup attempt/);
  });
});

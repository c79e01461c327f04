/**
 * The coordinator of a PCD training run over NATS killed with SIGKILL mid-run: `ebm resume
 * RUN_DIR --nats URL` continues from the last checkpoint (parameters, velocity, particles,
 * position in the epoch) on the same worker processes and ends on the undisturbed run's
 * weights, bit for bit. A checkpoint that lost the particles or the momentum, or a resume that
 * re-ran a checkpointed update from other streams, would change them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runEbm, tempDir } from '../support/cli.js';
import { NatsServer } from '../support/nats-server.js';
import { ProcessGroup, resultOf } from './cluster.js';
import { modelOf, PCD_UPDATES, pcdUpdates, waitForProgress, writePcdSpec } from './stateful-runs.js';

const dir = tempDir('ebm-dist-pcd-resume-');
const spec = writePcdSpec(dir, 'pcd-resume');
const group = new ProcessGroup();
let server: NatsServer;

beforeAll(async () => { server = await NatsServer.start(); });
afterEach(() => group.stopAll());
afterAll(async () => { await group.stopAll(); await server?.stop(); });

describe('a PCD coordinator killed mid-run', () => {
  it('resumes from its checkpoint over NATS to the same weights', async () => {
    await Promise.all([group.worker(server.url, 'c1'), group.worker(server.url, 'c2')]);
    const runDir = join(dir, 'killed-coordinator');
    const first = group.ebm(['run', spec, '--nats', server.url, '--min-workers', '2', '--json', '--out', runDir]);
    await waitForProgress(() => pcdUpdates(runDir), 15, first);
    process.kill(first.pid, 'SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    expect(pcdUpdates(runDir), 'killed mid-run').toBeLessThan(PCD_UPDATES);
    expect(existsSync(join(runDir, 'result.json'))).toBe(false);

    const resumed = group.ebm(['resume', runDir, '--nats', server.url, '--min-workers', '2', '--json']);
    const result = await resultOf(resumed);
    expect(resumed.stderr()).toMatch(/resuming pcd-resume/);

    const embedded = await runEbm(['run', spec, '--workers', '2', '--json', '--out', join(dir, 'embedded')]);
    expect(embedded.status, embedded.stderr).toBe(0);
    expect(modelOf(runDir)).toBe(modelOf(join(dir, 'embedded')));
    expect(result.learningCurve).toEqual(JSON.parse(embedded.stdout).learningCurve);
  });
});

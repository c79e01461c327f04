/**
 * The coordinator of a PT run over NATS killed with SIGKILL mid-run: `ebm resume RUN_DIR
 * --nats URL` continues from the last round checkpoint on the same worker processes and
 * lands on the undisturbed bits. A checkpoint that lost a copy's state or the adapted ladder,
 * or a resume that re-ran a checkpointed round, would change them.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runEbm, tempDir } from '../support/cli.js';
import { NatsServer } from '../support/nats-server.js';
import { ProcessGroup, resultOf } from './cluster.js';
import { PT_ROUNDS, ptRounds, waitForProgress, writePtSpec } from './stateful-runs.js';
import { untimedFields } from '../support/result-fields.js';

const dir = tempDir('ebm-dist-pt-resume-');
const spec = writePtSpec(dir, 'pt-faults');
const group = new ProcessGroup();
let server: NatsServer;

beforeAll(async () => { server = await NatsServer.start(); });
afterEach(() => group.stopAll());
afterAll(async () => { await group.stopAll(); await server?.stop(); });

describe('a PT coordinator killed mid-run', () => {
  it('resumes from its round checkpoint over NATS to the same bits', async () => {
    await Promise.all([group.worker(server.url, 'c1'), group.worker(server.url, 'c2')]);
    const runDir = join(dir, 'killed-coordinator');
    const first = group.ebm(['run', spec, '--nats', server.url, '--min-workers', '2', '--json', '--out', runDir]);
    await waitForProgress(() => ptRounds(runDir), 3, first);
    process.kill(first.pid, 'SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    const done = ptRounds(runDir);
    expect(done, 'killed mid-run').toBeLessThan(PT_ROUNDS);
    expect(existsSync(join(runDir, 'result.json'))).toBe(false);

    const resumed = group.ebm(['resume', runDir, '--nats', server.url, '--min-workers', '2', '--json']);
    const result = await resultOf(resumed);
    expect(resumed.stderr()).toMatch(/resuming pt-faults/);
    const embedded = await runEbm(['run', spec, '--workers', '2', '--json', '--out', join(dir, 'embedded')]);
    expect(embedded.status, embedded.stderr).toBe(0);
    expect(untimedFields(result)).toEqual(untimedFields(JSON.parse(embedded.stdout)));
  });
});

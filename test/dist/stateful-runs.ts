/**
 * What the PT and PCD fault tests share: small specs whose units carry state from round to
 * round (a PT copy's replicas, PCD's parameters and particles), progress read from the run
 * folder's checkpoint, and a watch on the workers' heartbeats that says when a worker is
 * running a unit — so a process is killed or stopped on an observable event, never after a
 * fixed sleep (the tests run on loaded and on quiet machines).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PT_CHECKPOINT } from '../../coordinator/pt-checkpoint.js';
import { TRAIN_CHECKPOINT } from '../../coordinator/train-checkpoint.js';
import { wire } from '../../proto/messages.js';
import { NatsTransport } from '../../proto/nats-transport.js';
import { subjects } from '../../proto/subjects.js';
import { resultOf, waitForOutput, type EbmProcess, type ProcessGroup } from './cluster.js';
import { runEbm } from '../support/cli.js';

export const PT_ROUNDS = 12;

/**
 * PT on a 16x16 Ising torus: 8 replicas, 2 copies (two units in flight per round), a fixed
 * 800 scans per round (about 0.2 s a unit on a quiet machine): long enough for the
 * coordinator to be killed between checkpoints, short enough for a run and a resume.
 */
export function writePtSpec(dir: string, name: string): string {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(
    file,
    [
      'task: logz',
      `name: ${name}`,
      'model: { type: ising2d, rows: 16, cols: 16, beta: 0.4 }',
      'seed: 7',
      'method: pt',
      `pt: { replicas: 8, rounds: ${PT_ROUNDS}, copies: 2, scansPerRound: 800 }`,
      '',
    ].join('\n'),
  );
  return file;
}

/**
 * PT for the tests that take a worker holding copies away: 24x24 Ising at beta_c, 4 copies of
 * 8 replicas on 2 workers, 10 rounds of 200 scans (about 0.3 s per copy on a quiet machine).
 * The states come back every 4 rounds (the default), so losing a worker after round 5 leaves
 * rounds to replay.
 */
export function writeAffinePtSpec(dir: string, name: string): string {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, ['task: logz', `name: ${name}`, 'model: { type: ising2d, rows: 24, cols: 24, beta: 0.44068679350977147 }', 'seed: 13', 'method: pt', 'pt: { replicas: 8, rounds: 10, copies: 4, scansPerRound: 200, sweeps: 20 }', ''].join('\n'));
  return file;
}

/**
 * The affine PT spec's embedded run, then the same over NATS on workers `victim` and
 * `survivor`, disturbed by `disturb` once the run reports round 5 (after the round-4
 * checkpoint): round 6 is then under way with two copies on the victim (copies are spread
 * over the workers, and a round takes a few tenths of a second). Returns both results and
 * the run's output when it was disturbed.
 */
export async function disturbedAffinePtRun(
  dir: string,
  name: string,
  group: ProcessGroup,
  serverUrl: string,
  disturb: (victim: EbmProcess, run: EbmProcess) => Promise<void>,
): Promise<{ run: EbmProcess; result: Record<string, unknown>; embedded: Record<string, unknown>; outputWhenDisturbed: string }> {
  const spec = writeAffinePtSpec(dir, name);
  const embeddedRun = await runEbm(['run', spec, '--workers', '2', '--json', '--out', join(dir, 'embedded')]);
  if (embeddedRun.status !== 0) throw new Error(`the embedded baseline run failed: ${embeddedRun.stderr}`);
  const [victim] = await Promise.all([group.worker(serverUrl, 'victim'), group.worker(serverUrl, 'survivor')]);
  const run = group.ebm(['run', spec, '--nats', serverUrl, '--min-workers', '2', '--json', '--out', join(dir, 'nats')]);
  await waitForOutput(run, /^ebm:\s+5\s+200\s/m, 120_000);
  const outputWhenDisturbed = run.stderr();
  await disturb(victim, run);
  return { run, result: await resultOf(run, 240_000), embedded: JSON.parse(embeddedRun.stdout) as Record<string, unknown>, outputWhenDisturbed };
}

/**
 * PCD-3 on the first 1000 Fashion-MNIST images: 784x32, batch 40 and 40 particles in shards
 * of 20 (four units per update), 50 updates in 2 epochs, a checkpoint after each update
 * (`checkpointEvery`: 0 for the epochs' ends only); no images at the end.
 */
export const PCD_UPDATES = 50;

export function writePcdSpec(dir: string, name: string, checkpointEvery = 1): string {
  const file = join(dir, `${name}.yaml`);
  const spec = {
    task: 'train',
    name,
    seed: 5,
    nh: 32,
    initScale: 0.01,
    data: { dataset: 'fashion-mnist', limit: 1000 },
    epochs: 2,
    batchSize: 40,
    particles: 40,
    k: 3,
    method: 'pcd',
    learningRate: 0.01,
    momentum: 0.5,
    shardSize: 20,
    checkpointEvery,
    evaluation: { examples: 100, everyEpochs: 1, exactLogLik: false, ais: { chains: 0 }, raise: { examples: 0 }, images: { filters: 0, samples: 0 } },
  };
  writeFileSync(file, `${JSON.stringify(spec, null, 2)}\n`);
  return file;
}

/** The weights file a training run folder ends with. */
export const modelOf = (runDir: string) => readFileSync(join(runDir, 'model.json'), 'utf8');

/** The undisturbed embedded run of a PCD spec (2 threads, in `dir`/embedded): its weights file and learning curve. */
export async function embeddedPcdBaseline(dir: string, spec: string): Promise<{ weights: string; curve: unknown }> {
  const embedded = await runEbm(['run', spec, '--workers', '2', '--json', '--out', join(dir, 'embedded')]);
  if (embedded.status !== 0) throw new Error(`the embedded baseline run failed: ${embedded.stderr}`);
  const result = JSON.parse(embedded.stdout) as { updates: number; trainRows: number; learningCurve: unknown };
  if (result.updates !== PCD_UPDATES || result.trainRows !== 1000) throw new Error(`the embedded baseline ran ${result.updates} updates on ${result.trainRows} rows`);
  return { weights: modelOf(join(dir, 'embedded')), curve: result.learningCurve };
}

/** A checkpoint field (0 before the first checkpoint, or while a read races the rename). */
function checkpointField(runDir: string, file: string, field: string): number {
  const path = join(runDir, file);
  if (!existsSync(path)) return 0;
  try {
    return Number((JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>)[field] ?? 0);
  } catch {
    return 0;
  }
}

/** PT rounds finished and checkpointed. */
export const ptRounds = (runDir: string) => checkpointField(runDir, PT_CHECKPOINT, 'round');
/** PCD updates finished and checkpointed. */
export const pcdUpdates = (runDir: string) => checkpointField(runDir, TRAIN_CHECKPOINT, 'nextUpdate');

/** Resolves with the progress once `progress()` reaches `n`; rejects if `p` exits first or after `ms`. */
export function waitForProgress(progress: () => number, n: number, p: EbmProcess, ms = 45_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      const done = progress();
      if (done >= n) return finish(undefined, done);
      if (p.child.exitCode !== null || p.child.signalCode !== null) return finish(new Error(`the run ended at ${done} of ${n}; make it longer: ${p.stderr()}`));
      if (Date.now() - started > ms) finish(new Error(`progress ${done} < ${n} after ${ms} ms: ${p.stderr()}`));
    }, 10);
    const finish = (error: Error | undefined, done = 0) => {
      clearInterval(poll);
      if (error) reject(error);
      else resolve(done);
    };
  });
}

/**
 * Watches the workers' heartbeats: `busy(name)` resolves at the next heartbeat in which
 * `name` reports a unit running (so a kill lands mid-unit, not between units).
 */
export class HeartbeatWatch {
  private waiting: { name: string; resolve: () => void }[] = [];

  private constructor(private readonly listener: NatsTransport) {
    listener.subscribe(subjects.workers, (payload) => {
      const status = wire.WorkerStatus.decode(payload);
      if (status.unitsRunning === 0) return;
      for (const w of this.waiting.filter((x) => x.name === status.worker)) w.resolve();
      this.waiting = this.waiting.filter((x) => x.name !== status.worker);
    });
  }

  static async start(url: string): Promise<HeartbeatWatch> {
    return new HeartbeatWatch(await NatsTransport.connect({ servers: url }, undefined, () => {}));
  }

  /**
   * Resolves true at a heartbeat in which `name` runs a unit, or false once `enough()` says
   * to stop waiting (the run went on without one being seen: on a quiet machine the units
   * are short next to the 1 s heartbeat); rejects if `run` exits first.
   */
  busy(name: string, run: EbmProcess, enough: () => boolean): Promise<boolean> {
    return new Promise((resolve, reject) => {
      const poll = setInterval(() => {
        if (run.child.exitCode !== null || run.child.signalCode !== null) finish(new Error(`the run ended before ${name} was killed; make it longer: ${run.stderr()}`));
        else if (enough()) finish(undefined, false);
      }, 10);
      const finish = (error?: Error, seen = true) => {
        clearInterval(poll);
        this.waiting = this.waiting.filter((w) => w.resolve !== done);
        if (error) reject(error);
        else resolve(seen);
      };
      const done = () => finish();
      this.waiting.push({ name, resolve: done });
    });
  }

  close(): Promise<void> {
    return this.listener.close();
  }
}

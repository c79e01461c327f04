/**
 * What the distributed tests share: `ebm` processes (workers, coordinators) started as real
 * child processes and stopped by pid — by `stopAll()` in an afterEach/afterAll hook, and as a
 * last resort when the test process exits, so a failing test never leaves one behind — and
 * small waits on observable progress (log lines, the run folder's checkpoint), never on
 * fixed sleeps.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ebmBin } from '../support/cli.js';
import { repoRoot } from '../support/paths.js';

export interface EbmProcess {
  child: ChildProcess;
  pid: number;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit status (null when killed by a signal) and the signal. */
  exited: Promise<{ status: number | null; signal: NodeJS.Signals | null }>;
}

/** Every process any ProcessGroup started and has not seen exit: killed on exit. */
const alive = new Set<number>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const pid of alive) {
      try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
    }
  });
}

/** Wrap a started child: capture its output, track it until it exits. */
export function track(child: ChildProcess): EbmProcess {
  installExitHook();
  if (child.pid === undefined) throw new Error('the process did not start');
  const pid = child.pid;
  alive.add(pid);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => (stdout += d));
  child.stderr?.on('data', (d) => (stderr += d));
  const exited = new Promise<{ status: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (status, signal) => {
      alive.delete(pid);
      resolve({ status, signal });
    }),
  );
  return { child, pid, stdout: () => stdout, stderr: () => stderr, exited };
}

/** The processes one test file started; `stopAll` kills them by pid and waits for them. */
export class ProcessGroup {
  readonly processes: EbmProcess[] = [];

  /** `ebm ARGS` as a child process (the compiled CLI; the tests build first). */
  ebm(args: string[], env: Record<string, string> = {}): EbmProcess {
    const child = spawn(process.execPath, [ebmBin, ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    return this.add(track(child));
  }

  add(p: EbmProcess): EbmProcess {
    this.processes.push(p);
    return p;
  }

  /** A worker with `threads` threads, resolved once it says it is ready. */
  async worker(url: string, name: string, threads = 1, env: Record<string, string> = {}): Promise<EbmProcess> {
    const p = this.ebm(['worker', '--nats', url, '--threads', String(threads), '--name', name], env);
    await waitForOutput(p, /worker ready/);
    return p;
  }

  async stopAll(): Promise<void> {
    const running = this.processes.filter((p) => p.child.exitCode === null && p.child.signalCode === null);
    for (const p of running) {
      try {
        process.kill(p.pid, 'SIGCONT'); // a stopped process must run to die promptly
        process.kill(p.pid, 'SIGKILL');
      } catch { /* already gone */ }
    }
    await Promise.all(running.map((p) => p.exited));
    this.processes.length = 0;
  }
}

/** Resolves when the process's stderr matches; rejects if it exits first or after `ms`. */
export function waitForOutput(p: EbmProcess, pattern: RegExp, ms = 45_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      if (pattern.test(p.stderr())) return finish();
      if (p.child.exitCode !== null || p.child.signalCode !== null) return finish(new Error(`process exited before ${pattern}: ${p.stderr()}`));
      if (Date.now() - started > ms) finish(new Error(`no ${pattern} within ${ms} ms: ${p.stderr()}`));
    }, 25);
    const finish = (error?: Error) => {
      clearInterval(poll);
      if (error) reject(error);
      else resolve();
    };
  });
}

/** Units in the run folder's checkpoint (0 before the first is written). */
export function checkpointedUnits(runDir: string): number {
  const file = join(runDir, 'units.checkpoint.json');
  if (!existsSync(file)) return 0;
  try {
    return Object.keys((JSON.parse(readFileSync(file, 'utf8')) as { units: object }).units).length;
  } catch {
    return 0; // written atomically, but be safe against a reader racing the rename
  }
}

/** Resolves once at least `n` units are checkpointed; rejects if `p` exits before that. */
export function waitForUnits(runDir: string, n: number, p: EbmProcess, ms = 45_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      const done = checkpointedUnits(runDir);
      if (done >= n) return finish(undefined, done);
      if (p.child.exitCode !== null || p.child.signalCode !== null) return finish(new Error(`the run ended with ${done} of ${n} units checkpointed; make it longer: ${p.stderr()}`));
      if (Date.now() - started > ms) finish(new Error(`fewer than ${n} units checkpointed within ${ms} ms: ${p.stderr()}`));
    }, 20);
    const finish = (error: Error | undefined, done = 0) => {
      clearInterval(poll);
      if (error) reject(error);
      else resolve(done);
    };
  });
}

/** The JSON result a finished `--json` run printed (fails with its stderr if it did not finish). */
export async function resultOf(p: EbmProcess, ms = 50_000): Promise<Record<string, unknown>> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`no result within ${ms} ms: ${p.stderr()}`)), ms); });
  const { status, signal } = await Promise.race([p.exited, late]).finally(() => clearTimeout(timer));
  if (status !== 0) throw new Error(`ebm exited with ${status ?? signal}: ${p.stderr()}`);
  return JSON.parse(p.stdout()) as Record<string, unknown>;
}

export { estimateFields } from '../support/result-fields.js';

export { writeAisSpec } from '../support/ais-spec.js';

export const AIS_UNITS = 12;

/** Units of about 0.3 s each on a quiet 2-core machine (several seconds under load): long enough to kill something mid-run. */
export const LONG_RUN = { steps: 16000, sweeps: 10 } as const;

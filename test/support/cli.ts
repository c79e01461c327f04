/** Runs the real `ebm` command (compiled; `npm test` builds first) and captures its output. */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './paths.js';

export interface EbmRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export const ebmBin = join(repoRoot, 'bin', 'ebm.js');

export function runEbm(args: string[], options: { cwd?: string; timeoutMs?: number } = {}): Promise<EbmRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ebmBin, ...args], { cwd: options.cwd ?? repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr });
    });
  });
}

export function tempDir(prefix = 'ebm-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

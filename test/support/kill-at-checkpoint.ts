/** Starts `ebm ARGS` and kills it with SIGKILL as soon as its checkpoint shows enough progress. */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { ebmBin } from './cli.js';

/**
 * Polls `checkpoint` (a JSON file the run rewrites atomically) every 20 ms; once
 * `progress(parsed)` reaches `atLeast`, SIGKILLs the run and returns that progress. Rejects if
 * the run ends first (the run is too short to be killed mid-way).
 */
export function killAtCheckpoint(args: string[], checkpoint: string, progress: (saved: Record<string, any>) => number, atLeast: number): Promise<number> {
  const child = spawn(process.execPath, [ebmBin, ...args], { stdio: 'ignore' });
  return new Promise<number>((resolve, reject) => {
    const poll = setInterval(() => {
      if (!existsSync(checkpoint)) return;
      const reached = progress(JSON.parse(readFileSync(checkpoint, 'utf8')));
      if (reached >= atLeast) {
        clearInterval(poll);
        child.kill('SIGKILL');
        resolve(reached);
      }
    }, 20);
    child.on('exit', () => {
      clearInterval(poll);
      reject(new Error('the run finished before it could be killed; make it longer'));
    });
  });
}

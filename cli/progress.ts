/**
 * Progress on standard error: a bar with ETA on a terminal, a plain line every tenth of the
 * work otherwise. Standard output stays for the result.
 */
import { SingleBar, Presets } from 'cli-progress';
import type { Log } from './log.js';

export interface Progress {
  update(done: number, total: number, detail?: string): void;
  stop(): void;
}

export function createProgress(label: string, log: Log, asBar = process.stderr.isTTY === true): Progress {
  if (asBar) {
    const bar = new SingleBar(
      { stream: process.stderr, format: `${label} [{bar}] {percentage}% | {value}/{total} units | ETA {eta_formatted} {detail}`, hideCursor: true },
      Presets.shades_classic,
    );
    let started = false;
    return {
      update(done, total, detail = '') {
        if (!started) {
          bar.start(total, done, { detail });
          started = true;
        } else bar.update(done, { detail });
      },
      stop() {
        if (started) bar.stop();
      },
    };
  }
  let lastTenth = -1;
  return {
    update(done, total, detail = '') {
      const tenth = Math.floor((10 * done) / Math.max(total, 1));
      if (tenth !== lastTenth) {
        lastTenth = tenth;
        log.info(`${label} progress`, { done, total, ...(detail ? { detail } : {}) });
      }
    },
    stop() {},
  };
}

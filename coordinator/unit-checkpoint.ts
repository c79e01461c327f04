/**
 * Completed units, kept in the run folder so that a restarted coordinator (`ebm resume`)
 * dispatches only what is missing. Stored as the units' encoded results, so a resumed run
 * reduces exactly the same bytes as an uninterrupted one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeJsonAtomic } from './atomic-file.js';

const FILE = 'units.checkpoint.json';

export class UnitCheckpoint {
  private readonly units = new Map<number, Uint8Array>();
  private lastWrite = 0;

  /** `dir` undefined: keep nothing (runs without a run folder). */
  constructor(private readonly dir: string | undefined, private readonly minIntervalMs = 1000) {
    if (dir && existsSync(join(dir, FILE))) {
      const stored = JSON.parse(readFileSync(join(dir, FILE), 'utf8')) as { units: Record<string, string> };
      for (const [id, b64] of Object.entries(stored.units)) this.units.set(Number(id), new Uint8Array(Buffer.from(b64, 'base64')));
    }
  }

  completed(): ReadonlyMap<number, Uint8Array> {
    return this.units;
  }

  record(unitId: number, encodedResult: Uint8Array): void {
    this.units.set(unitId, encodedResult);
    if (this.dir && Date.now() - this.lastWrite >= this.minIntervalMs) this.flush();
  }

  flush(): void {
    if (!this.dir) return;
    const units: Record<string, string> = {};
    for (const [id, bytes] of [...this.units].sort((a, b) => a[0] - b[0])) units[id] = Buffer.from(bytes).toString('base64');
    writeJsonAtomic(join(this.dir, FILE), { units });
    this.lastWrite = Date.now();
  }
}

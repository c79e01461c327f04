/** The small AIS spec the process-level tests run. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A small AIS spec (8x8 Ising torus at the critical point, 48 chains in 12 units): `steps`
 * and `sweeps` set how long each unit runs.
 */
export function writeAisSpec(dir: string, name: string, steps: number, sweeps = 1): string {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(
    file,
    [
      'task: logz',
      `name: ${name}`,
      'model: { type: ising2d, rows: 8, cols: 8, beta: 0.44068679350977147, logZ_exact: 60.14178078906915 }',
      'seed: 11',
      `ais: { chains: 48, chainsPerUnit: 4, schedule: { kind: linear, steps: ${steps} }, sweeps: ${sweeps} }`,
      '',
    ].join('\n'),
  );
  return file;
}

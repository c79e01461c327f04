/** Specs for the tests that run the real `ebm` command with metrics. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * An AIS run on the 8x8 Ising torus at the critical temperature (exact log Z known), 12 units
 * of 4 chains; `steps` sets how long it runs (30,000 is a few seconds on two threads).
 */
export function writeIsingSpec(dir: string, name: string, steps: number): string {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(
    file,
    [
      'task: logz',
      `name: ${name}`,
      'model: { type: ising2d, rows: 8, cols: 8, beta: 0.44068679350977147, logZ_exact: 60.14178078906915 }',
      'seed: 11',
      `ais: { chains: 48, chainsPerUnit: 4, schedule: { kind: linear, steps: ${steps} } }`,
      '',
    ].join('\n'),
  );
  return file;
}

/** The result object an `ebm ... --json` run printed: the one output line that is JSON. */
export function resultLine(output: string): Record<string, unknown> | undefined {
  const line = output.split('\n').find((l) => l.startsWith('{"task"'));
  return line ? (JSON.parse(line) as Record<string, unknown>) : undefined;
}

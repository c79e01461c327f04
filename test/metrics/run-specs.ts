/** Specs for the tests that run the real `ebm` command with metrics. */
import { writeAisSpec } from '../support/ais-spec.js';

/**
 * An AIS run on the 8x8 Ising torus at the critical temperature (exact log Z known), 12 units
 * of 4 chains; `steps` sets how long it runs (30,000 is a few seconds on two threads).
 */
export const writeIsingSpec = (dir: string, name: string, steps: number): string => writeAisSpec(dir, name, steps);

/** The result object an `ebm ... --json` run printed: the one output line that is JSON. */
export function resultLine(output: string): Record<string, unknown> | undefined {
  const line = output.split('\n').find((l) => l.startsWith('{"task"'));
  return line ? (JSON.parse(line) as Record<string, unknown>) : undefined;
}

/**
 * The unit kinds a worker runs: the `body` case of a UnitRequest maps to the function that
 * runs it on a piscina thread. Adding a kind is one file in worker/units/ and one line here.
 * PT units are stateful and run on chain hosts instead (worker/chain-host.ts).
 */
import type { UnitRequest, UnitResult } from '../proto/messages.js';
import { runAisUnit } from './units/ais-unit.js';
import { runSampleUnit } from './units/sample-unit.js';
import { runPcdUnit } from './units/pcd-unit.js';
import { runBmLearnUnit } from './units/bm-learn-unit.js';

/** Runs one unit's body and fills the result's body; throws on failure. */
export type UnitRunner = (request: UnitRequest, result: UnitResult) => void;

export const unitRunners: Record<string, UnitRunner> = {
  ais: runAisUnit,
  sample: runSampleUnit,
  pcd: runPcdUnit,
  bmLearn: runBmLearnUnit,
};

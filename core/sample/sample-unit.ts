/**
 * One sampling unit: a batch of chains run at the model itself (b = 1 on its tempered path),
 * recording observables and, if asked, the states.
 *
 *   x_0 ~ pi_0 (the path's reference);  `burnIn` sweeps, discarded;
 *   then `draws` times: `thin` sweeps, record.
 *
 * The unit draws only from streamRng(seed, 'sample', unitId), so a run split into units of a
 * fixed size gives bitwise the same draws whatever the number of workers: the runtime runs
 * units anywhere and `mergeSampleUnits` concatenates them in unit order (sample-plan.ts).
 */
import type { ChainOptions, TemperedPath } from '../models/model.js';
import { streamRng } from '../rng/rng.js';

/** The RNG purpose of sampling units. */
export const SAMPLE_PURPOSE = 'sample';

/** How states are stored: the element type of the chain set's own state arrays where it is a byte type. */
export type StateArray = Int8Array | Uint8Array | Float64Array;

export interface SampleUnitInput {
  path: TemperedPath;
  /** The run's seed and this unit's id: the unit's stream is streamRng(seed, 'sample', unitId). */
  seed: number;
  unitId: number;
  /** Chains in this unit. */
  chains: number;
  /** Sweeps discarded before the first kept draw (>= 0). */
  burnIn: number;
  /** Sweeps between kept draws (>= 1; 1 keeps every sweep). */
  thin: number;
  /** Draws kept per chain (>= 1). */
  draws: number;
  /** Observables to record, by name; default all the chain set reports. */
  observables?: readonly string[];
  /** Keep every recorded state (memory: chains x draws x state size). Default false. */
  keepStates?: boolean;
  /** The kernel, by name (one of the model's `samplers`); default the model's first. */
  sampler?: string;
  /** Called after each kept draw with its index; for progress, never for results. */
  onDraw?: (draw: number) => void;
}

/** Draws of several chains: the shape both a unit and a merged run produce. */
export interface SampleSet {
  chains: number;
  draws: number;
  observables: string[];
  /** series[k][c * draws + d]: observable k of chain c at draw d (chain-major). */
  series: Float64Array[];
  /** Variables in one state. */
  stateSize: number;
  /** states[(c * draws + d) * stateSize + i], when states were kept. */
  states?: StateArray;
}

export interface SampleUnitOutput extends SampleSet {
  unitId: number;
}

export function sampleUnit(input: SampleUnitInput): SampleUnitOutput {
  const { path, chains, burnIn, thin, draws } = input;
  checkCount('chains', chains, 1);
  checkCount('draws', draws, 1);
  checkCount('thin', thin, 1);
  checkCount('burnIn', burnIn, 0);
  const chainOptions: ChainOptions = input.sampler === undefined ? {} : { sampler: input.sampler };
  const set = path.createChains(chains, chainOptions);
  const observables = [...(input.observables ?? set.observables)];
  for (const name of observables) {
    if (!set.observables.includes(name)) throw new RangeError(`no observable ${name}; the model reports ${set.observables.join(', ')}`);
  }
  const rng = streamRng(input.seed, SAMPLE_PURPOSE, input.unitId);
  const series = observables.map(() => new Float64Array(chains * draws));
  const states = input.keepStates ? allocateStates(set.stateOf(0), chains * draws * set.size) : undefined;
  const current = new Float64Array(chains);

  set.drawReference(rng);
  if (burnIn > 0) set.advance(rng, 1, burnIn);
  for (let d = 0; d < draws; d++) {
    set.advance(rng, 1, thin);
    for (let k = 0; k < observables.length; k++) {
      set.observe(observables[k], current);
      const out = series[k];
      for (let c = 0; c < chains; c++) out[c * draws + d] = current[c];
    }
    if (states) for (let c = 0; c < chains; c++) states.set(set.stateOf(c), (c * draws + d) * set.size);
    input.onDraw?.(d);
  }
  const output: SampleUnitOutput = { unitId: input.unitId, chains, draws, observables, series, stateSize: set.size };
  if (states) output.states = states;
  return output;
}

/** Byte-typed states stay bytes (spins, binary units); anything else is kept as float64. */
function allocateStates(example: ArrayLike<number>, length: number): StateArray {
  if (example instanceof Int8Array) return new Int8Array(length);
  if (example instanceof Uint8Array) return new Uint8Array(length);
  return new Float64Array(length);
}

function checkCount(name: string, value: number, min: number): void {
  if (!Number.isSafeInteger(value) || value < min) throw new RangeError(`${name} must be an integer >= ${min}, got ${value}`);
}

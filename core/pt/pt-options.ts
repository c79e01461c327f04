/**
 * Options of a local PT run, each documented beside its default, and their validation:
 * bad values raise InputError naming `source` (the spec or command) and the field.
 */
import { InputError } from '../errors.js';
import type { ChainOptions, TemperedPath } from '../models/model.js';
import { SWAP_SCHEMES, type SwapScheme } from './swap.js';

export interface PtOptions {
  /** The path the replicas live on, from the reference (b = 0) to the target (b = 1). */
  path: TemperedPath;
  /** Seed of every stream: replica slots ("pt.replica") and the coordinator ("pt.swap"). */
  seed: number;
  /** Ladder points per copy, both ends included. Default 16; ignored when `betas` is given. */
  replicas?: number;
  /** Number of rounds. Default 10. */
  rounds?: number;
  /** Scans in every round; default: doubling, initialScans * 2^(r-1) scans in round r (Syed et al. 2021). */
  scansPerRound?: number;
  /**
   * Scans of the first round when doubling. Default 2 (2^r scans in round r). Larger values
   * give the early rounds, whose acceptances place the ladder, enough scans to equilibrate
   * and to estimate every pair's rejection with little noise (a 64x64 critical torus needs
   * a few hundred).
   */
  initialScans?: number;
  /** Local sweeps per replica per scan. Default 1. */
  sweeps?: number;
  /** "deo" (non-reversible, default) or "reversible". */
  scheme?: SwapScheme;
  /** Re-place the ladder between rounds to equalise rejection. Default true. */
  adapt?: boolean;
  /** Independent PT chains of the same target, pooled. Default 1. */
  copies?: number;
  /** Initial ladder, increasing from 0 to 1. Default: evenly spaced. */
  betas?: ArrayLike<number>;
  chainOptions?: ChainOptions;
  /** Names the options' origin in errors (a spec file, "ebm logz"). Default "pt". */
  source?: string;
}

export interface ResolvedPtOptions {
  path: TemperedPath;
  seed: number;
  rounds: number;
  scansPerRound: number | undefined;
  initialScans: number;
  sweeps: number;
  scheme: SwapScheme;
  adapt: boolean;
  copies: number;
  betas: Float64Array;
  chainOptions: ChainOptions | undefined;
}

export function resolvePtOptions(options: PtOptions): ResolvedPtOptions {
  const source = options.source ?? 'pt';
  const integer = (field: string, value: number | undefined, fallback: number, min: number): number => {
    const v = value ?? fallback;
    if (!Number.isInteger(v) || v < min) throw new InputError(source, field, `must be an integer >= ${min}, got ${v}`);
    return v;
  };
  if (!Number.isSafeInteger(options.seed) || options.seed < 0) throw new InputError(source, 'seed', `must be a non-negative integer, got ${options.seed}`);
  const scheme = options.scheme ?? 'deo';
  if (!SWAP_SCHEMES.includes(scheme)) throw new InputError(source, 'scheme', `must be one of ${SWAP_SCHEMES.join(', ')}, got ${JSON.stringify(scheme)}`);
  let betas: Float64Array;
  if (options.betas !== undefined) {
    betas = Float64Array.from(options.betas);
    if (betas.length < 2 || betas[0] !== 0 || betas[betas.length - 1] !== 1) throw new InputError(source, 'betas', 'must start at 0, end at 1 and have at least two points');
    for (let i = 1; i < betas.length; i++) if (!(betas[i] > betas[i - 1])) throw new InputError(source, `betas[${i}]`, 'must be strictly increasing');
  } else {
    const replicas = integer('replicas', options.replicas, 16, 2);
    betas = Float64Array.from({ length: replicas }, (_, i) => i / (replicas - 1));
  }
  return {
    path: options.path,
    seed: options.seed,
    rounds: integer('rounds', options.rounds, 10, 1),
    scansPerRound: options.scansPerRound === undefined ? undefined : integer('scansPerRound', options.scansPerRound, 0, 2),
    initialScans: integer('initialScans', options.initialScans, 2, 1),
    sweeps: integer('sweeps', options.sweeps, 1, 1),
    scheme,
    adapt: options.adapt ?? true,
    copies: integer('copies', options.copies, 1, 1),
    betas,
    chainOptions: options.chainOptions,
  };
}

/** Scans in round r (1-based). */
export function scansInRound(options: ResolvedPtOptions, round: number): number {
  return options.scansPerRound ?? options.initialScans * 2 ** (round - 1);
}

/**
 * The stateful unit kinds a chain host keeps state for (worker/chain-host.ts), and what the
 * host's main thread reads of each: the key of the state on its run, the round (or update)
 * the unit starts from, the configuration digest, and what rebuilds the state from its slab.
 * PT rounds (units/pt-unit.ts) and held PCD particle shards (units/pcd-held-unit.ts).
 */
import type { PtUnit, UnitRequest } from '../proto/messages.js';
import type { ebm } from '../proto/generated/ebm.js';
import { ptCopyConfig, type PtCopyConfig } from './units/pt-unit.js';

export type StatefulBody = 'pt' | 'pcd';

export interface StatefulUnitInfo {
  body: StatefulBody;
  /** The state's key on its run: a PT copy, a particle shard. */
  key: number;
  /** Rounds (updates) finished by the state the unit starts from. */
  from: number;
  digest: string;
  /** What the unit asks back beside its result (state, observations): a duplicate asks the same. */
  wants: string;
  /** What rebuilds the state from its slab, when the unit carries it (else undefined). */
  config?: PtCopyConfig | { configDigest: string };
}

/** The unit's stateful kind, or undefined for a stateless unit (the piscina pool runs it). */
export function statefulUnit(request: UnitRequest): StatefulUnitInfo | undefined {
  if (request.body === 'pt') {
    const unit = request.pt as PtUnit; // decoded messages are full instances
    return { body: 'pt', key: unit.copy, from: unit.heldRound, digest: unit.configDigest, wants: `${unit.wantState}/${unit.wantObservations}/${unit.wantSeries}`, config: unit.modelJson ? ptCopyConfig(unit) : undefined };
  }
  if (request.body === 'pcd' && request.pcd?.configDigest) {
    const unit = request.pcd as ebm.v1.PcdUnit;
    return { body: 'pcd', key: unit.shard, from: unit.heldUpdate, digest: unit.configDigest, wants: `${unit.wantState}`, config: { configDigest: unit.configDigest } };
  }
  return undefined;
}

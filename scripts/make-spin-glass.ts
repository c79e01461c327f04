/**
 * Writes experiments/models/ea-pm-j-6x6.json: a +-J Edwards-Anderson spin glass (Edwards &
 * Anderson 1975) on a 6x6 torus -- 36 spins, 72 bonds, each coupling +1 or -1 with equal
 * probability from a seeded stream -- at inverse temperature BETA, where it is glassy.
 *
 * The torus has even sides, so it is bipartite: with the sites of one colour as visible units
 * and the other as hidden units, and s = 2x - 1, the Ising weight exp(beta sum J s_i s_j) is
 * an RBM's (model-format.md) with W_ij = 4 beta J_ij, b_i = -2 beta sum_j J_ij,
 * c_j = -2 beta sum_i J_ij, times the constant exp(beta sum J). The file is that RBM, whose
 * exact log Z sums over 2^18 hidden states; `notes` gives the Ising log Z. (When the `ising`
 * graph type is registered the same instance can be written in that form.)
 * Run: `node dist/scripts/make-spin-glass.js`.
 */
import { writeFileSync } from 'node:fs';
import { rbmType } from '../core/models/rbm.js';
import { streamRng } from '../core/rng/rng.js';

const L = 6;
const BETA = 1.5;
const SEED = 2021;

const rng = streamRng(SEED, 'experiments.spin-glass', 0);
const site = (r: number, c: number) => ((r + L) % L) * L + ((c + L) % L);
const black = (s: number) => (Math.floor(s / L) + (s % L)) % 2 === 0;
// Visible units: black sites in index order; hidden: white sites.
const visible = [...Array(L * L).keys()].filter(black);
const hidden = [...Array(L * L).keys()].filter((s) => !black(s));
const W = visible.map(() => new Array<number>(hidden.length).fill(0));
let sumJ = 0;
let frustrated = 0;
const bonds = new Map<string, number>();
for (let r = 0; r < L; r++) {
  for (let c = 0; c < L; c++) {
    for (const other of [site(r, c + 1), site(r + 1, c)]) {
      const J = rng.nextU32() & 1 ? 1 : -1;
      const here = site(r, c);
      bonds.set(`${Math.min(here, other)},${Math.max(here, other)}`, J);
      const [v, h] = black(here) ? [here, other] : [other, here];
      W[visible.indexOf(v)][hidden.indexOf(h)] += 4 * BETA * J;
      sumJ += J;
    }
  }
}
const bond = (a: number, b: number) => bonds.get(`${Math.min(a, b)},${Math.max(a, b)}`) as number;
for (let r = 0; r < L; r++) {
  for (let c = 0; c < L; c++) {
    const [a, b, d, e] = [site(r, c), site(r, c + 1), site(r + 1, c + 1), site(r + 1, c)];
    if (bond(a, b) * bond(b, d) * bond(d, e) * bond(e, a) < 0) frustrated++;
  }
}
const b = W.map((row) => -row.reduce((s, w) => s + w, 0) / 2);
const cBias = hidden.map((_, j) => -W.reduce((s, row) => s + row[j], 0) / 2);
const json = { type: 'rbm', name: `ea_pm_j_${L}x${L}_beta${BETA}`, nv: visible.length, nh: hidden.length, W, b, c: cBias };
const exact = rbmType.parse({ ...json }, 'make-spin-glass').exactLogZ();
const isingLogZ = exact.logZ + BETA * sumJ;
const model = {
  ...json,
  logZ_exact: exact.logZ,
  source: `exact, ${exact.method} (core/models/rbm.ts), by scripts/make-spin-glass.ts`,
  notes: `+-J Edwards-Anderson spin glass on a ${L}x${L} torus at beta ${BETA}, couplings from streamRng(${SEED}, "experiments.spin-glass", 0); ${frustrated} of ${L * L} plaquettes frustrated; as an RBM over the bipartition (black sites visible). Ising log Z = ${isingLogZ}.`,
};
writeFileSync(new URL(`../../experiments/models/ea-pm-j-${L}x${L}.json`, import.meta.url), `${JSON.stringify(model)}\n`);
console.log(`RBM log Z = ${exact.logZ}; ${model.notes}`);

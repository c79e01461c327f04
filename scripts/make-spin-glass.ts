/**
 * Writes experiments/models/ea-pm-j-4x6.json: a +-J Edwards-Anderson spin glass (Edwards &
 * Anderson 1975) on a 4x6 torus -- 24 spins, 48 bonds, each coupling +1 or -1 with equal
 * probability from a seeded stream -- at inverse temperature BETA, where it is glassy, as an
 * `ising` graph model (model-format.md) with its exact log Z by enumeration of the 2^24 states.
 *
 * A second, independent check goes in `checks`: the torus has even sides, so it is bipartite;
 * with one colour as visible and the other as hidden units and s = 2x - 1, the Ising weight
 * exp(beta sum J s_i s_j) is an RBM's with W_ij = 4 beta J_ij, b_i = -2 beta sum_j J_ij,
 * c_j = -2 beta sum_i J_ij, times exp(beta sum J), and the RBM's log Z sums out one layer.
 * Run: `node dist/scripts/make-spin-glass.js`.
 */
import { writeFileSync } from 'node:fs';
import { isingType } from '../core/models/ising.js';
import { rbmType } from '../core/models/rbm.js';
import { streamRng } from '../core/rng/rng.js';

const ROWS = 4;
const COLS = 6;
const BETA = 1.5;
const SEED = 2021;

const rng = streamRng(SEED, 'experiments.spin-glass', 0);
const site = (r: number, c: number) => ((r + ROWS) % ROWS) * COLS + ((c + COLS) % COLS);
const black = (s: number) => (Math.floor(s / COLS) + (s % COLS)) % 2 === 0;
const n = ROWS * COLS;
// Visible units: black sites in index order; hidden: white sites.
const visible = [...Array(n).keys()].filter(black);
const hidden = [...Array(n).keys()].filter((s) => !black(s));
const W = visible.map(() => new Array<number>(hidden.length).fill(0));
let sumJ = 0;
let frustrated = 0;
const bonds = new Map<string, number>();
const couplings: [number, number, number][] = [];
for (let r = 0; r < ROWS; r++) {
  for (let c = 0; c < COLS; c++) {
    for (const other of [site(r, c + 1), site(r + 1, c)]) {
      const J = rng.nextU32() & 1 ? 1 : -1;
      const here = site(r, c);
      bonds.set(`${Math.min(here, other)},${Math.max(here, other)}`, J);
      couplings.push([Math.min(here, other), Math.max(here, other), J]);
      const [v, h] = black(here) ? [here, other] : [other, here];
      W[visible.indexOf(v)][hidden.indexOf(h)] += 4 * BETA * J;
      sumJ += J;
    }
  }
}
const bond = (a: number, b: number) => bonds.get(`${Math.min(a, b)},${Math.max(a, b)}`) as number;
for (let r = 0; r < ROWS; r++) {
  for (let c = 0; c < COLS; c++) {
    const [a, b, d, e] = [site(r, c), site(r, c + 1), site(r + 1, c + 1), site(r + 1, c)];
    if (bond(a, b) * bond(b, d) * bond(d, e) * bond(e, a) < 0) frustrated++;
  }
}
const b = W.map((row) => -row.reduce((s, w) => s + w, 0) / 2);
const cBias = hidden.map((_, j) => -W.reduce((s, row) => s + row[j], 0) / 2);
const rbm = rbmType.parse({ type: 'rbm', nv: visible.length, nh: hidden.length, W, b, c: cBias }, 'make-spin-glass').exactLogZ();
const base = { type: 'ising', name: `ea_pm_j_${ROWS}x${COLS}_beta${BETA}`, n, beta: BETA, couplings, fields: new Array<number>(n).fill(0) };
const exact = isingType.parse({ ...base }, 'make-spin-glass').exactLogZ();
const model = {
  ...base,
  logZ_exact: exact.logZ,
  source: `${exact.method} (core/models/ising.ts), by scripts/make-spin-glass.ts`,
  checks: { [`rbm_${rbm.method}`]: rbm.logZ + BETA * sumJ },
  notes: `+-J Edwards-Anderson spin glass on a ${ROWS}x${COLS} torus, couplings from streamRng(${SEED}, "experiments.spin-glass", 0); ${frustrated} of ${n} plaquettes frustrated`,
};
writeFileSync(new URL(`../../experiments/models/ea-pm-j-${ROWS}x${COLS}.json`, import.meta.url), `${JSON.stringify(model)}\n`);
console.log(`log Z = ${exact.logZ}; check ${rbm.logZ + BETA * sumJ}; ${model.notes}`);

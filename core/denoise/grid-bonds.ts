/**
 * The bonds of a pairwise Ising model on an image grid, from a stencil of offsets: every pixel
 * i = r * cols + c is bonded to the pixel at (r + dr, c + dc) for each offset (dr, dc) of the
 * stencil that lands inside the grid (open boundary). Each bond appears once in the bond list
 * and twice in the adjacency (once from each end), so a per-bond coupling J_e is symmetric by
 * construction: the energy stays sum_e J_e s_a s_b, an Ising model, however inhomogeneous J is.
 */

/** A bond direction (dr, dc); its opposite (-dr, -dc) is implied. */
export type BondOffset = readonly [number, number];

/**
 * Named stencils, each a superset of the previous: 4 nearest neighbours, + diagonals (8
 * neighbours), + the 4 pixels two steps away along rows and columns, + the 8 knight's moves
 * (every pixel within distance sqrt(5)).
 */
export const BOND_STENCILS = {
  nearest: [[0, 1], [1, 0]],
  diagonal: [[0, 1], [1, 0], [1, 1], [1, -1]],
  distance2: [[0, 1], [1, 0], [1, 1], [1, -1], [0, 2], [2, 0]],
  knight: [[0, 1], [1, 0], [1, 1], [1, -1], [0, 2], [2, 0], [1, 2], [2, 1], [1, -2], [2, -1]],
} as const satisfies Record<string, readonly BondOffset[]>;

export type BondStencilName = keyof typeof BOND_STENCILS;

export interface GridBonds {
  rows: number;
  cols: number;
  /** Number of pixels, rows * cols. */
  sites: number;
  /** The stencil the bonds came from. */
  offsets: readonly BondOffset[];
  /** Bond e joins pixels bondA[e] < bondB[e]. */
  bondA: Int32Array;
  bondB: Int32Array;
  /** Which stencil offset each bond came from (to summarise couplings by direction). */
  bondOffset: Int32Array;
  /** Adjacency in compressed rows: the neighbours of i are neighbour[start[i] .. start[i+1]), joined by bond bondOf[k]. */
  start: Int32Array;
  neighbour: Int32Array;
  bondOf: Int32Array;
}

export function gridBonds(rows: number, cols: number, offsets: readonly BondOffset[]): GridBonds {
  const a: number[] = [];
  const b: number[] = [];
  const which: number[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      offsets.forEach(([dr, dc], k) => {
        if (dr < 0 || (dr === 0 && dc <= 0)) throw new RangeError(`bond offset (${dr}, ${dc}) must point forward (dr > 0, or dr = 0 and dc > 0)`);
        const r2 = r + dr;
        const c2 = c + dc;
        if (r2 < rows && c2 >= 0 && c2 < cols) {
          a.push(r * cols + c);
          b.push(r2 * cols + c2);
          which.push(k);
        }
      });
    }
  }
  const sites = rows * cols;
  const degree = new Int32Array(sites);
  for (let e = 0; e < a.length; e++) {
    degree[a[e]]++;
    degree[b[e]]++;
  }
  const start = new Int32Array(sites + 1);
  for (let i = 0; i < sites; i++) start[i + 1] = start[i] + degree[i];
  const fill = start.slice(0, sites);
  const neighbour = new Int32Array(start[sites]);
  const bondOf = new Int32Array(start[sites]);
  for (let e = 0; e < a.length; e++) {
    neighbour[fill[a[e]]] = b[e];
    bondOf[fill[a[e]]++] = e;
    neighbour[fill[b[e]]] = a[e];
    bondOf[fill[b[e]]++] = e;
  }
  return { rows, cols, sites, offsets, bondA: Int32Array.from(a), bondB: Int32Array.from(b), bondOffset: Int32Array.from(which), start, neighbour, bondOf };
}

// The AIS transition of an RBM in WebAssembly SIMD (AssemblyScript), for the path of
// Salakhutdinov & Murray (2008) from a base-rate model bA:
//   h ~ sigmoid(beta a), a = c + W^T v;   v ~ sigmoid(beta (b + W h) + (1 - beta) bA).
// Sampling runs in float32 with f32x4 row sums (sumRows, shared with the training kernel);
// the AIS weights (log ratios, log densities) are computed in float64 from the cached
// activations, as the issue asks for log weights and free energies in float64. The float64
// reference is core/models/rbm/rbm-chains.ts; test/core/models/rbm-wasm-chains.test.ts checks
// this kernel against it and against exact log Z. Pointers are byte offsets laid out by
// core/kernels/wasm-rbm-chains.ts. Build: `npm run asbuild`.
import { activeIndices, sumRows } from './rbm-train';

// act[r, :] = c + W^T v_r (f32) for each of `count` chains.
export function refresh(W: usize, c: usize, v: usize, count: i32, nv: i32, nh: i32, act: usize, idx: usize): void {
  for (let r = 0; r < count; r++) {
    const n = activeIndices(v + <usize>r * <usize>nv, nv, idx);
    sumRows(W, nh, idx, n, c, act + (<usize>r * <usize>nh << 2));
  }
}

// `sweeps` block-Gibbs transitions at beta on each chain, in place; act is kept equal to
// c + W^T v. The uniforms come from xoshiro128** with state at S (core/rng/rng.ts nextFloat),
// in the reference's order: per chain, per sweep, nh for h, then nv for v. The test
// u < sigmoid(x) is written u (1 + e^-x) < 1 as in the reference (e^-x = inf gives 0).
export function advance(W: usize, WT: usize, b: usize, c: usize, bA: usize, v: usize, count: i32, nv: i32, nh: i32, beta: f64, sweeps: i32, S: usize, act: usize, e: usize, idx: usize): void {
  let s0 = load<u32>(S);
  let s1 = load<u32>(S + 4);
  let s2 = load<u32>(S + 8);
  let s3 = load<u32>(S + 12);
  const scale: f64 = 2.3283064365386963e-10;
  const bf = <f32>beta;
  const base = <f32>(1.0 - beta);
  for (let r = 0; r < count; r++) {
    const row = v + <usize>r * <usize>nv;
    const a = act + (<usize>r * <usize>nh << 2);
    for (let sweep = 0; sweep < sweeps; sweep++) {
      let on = 0;
      for (let j = 0; j < nh; j++) {
        const q: f64 = 1.0 + <f64>Mathf.exp(-bf * load<f32>(a + (<usize>j << 2)));
        // xoshiro128** (Blackman & Vigna 2021), as core/rng/rng.ts nextU32.
        const x = rotl<u32>(s1 * 5, 7) * 9;
        const t = s1 << 9;
        const n2 = s2 ^ s0;
        const n3 = s3 ^ s1;
        s1 = s1 ^ n2;
        s0 = s0 ^ n3;
        s2 = n2 ^ t;
        s3 = rotl<u32>(n3, 11);
        if (<f64>x * scale * q < 1.0) {
          store<i32>(idx + (<usize>on << 2), j);
          on++;
        }
      }
      sumRows(WT, nv, idx, on, b, e);
      for (let i = 0; i < nv; i++) {
        const o = <usize>i << 2;
        const q: f64 = 1.0 + <f64>Mathf.exp(-(bf * load<f32>(e + o) + base * load<f32>(bA + o)));
        const x = rotl<u32>(s1 * 5, 7) * 9;
        const t = s1 << 9;
        const n2 = s2 ^ s0;
        const n3 = s3 ^ s1;
        s1 = s1 ^ n2;
        s0 = s0 ^ n3;
        s2 = n2 ^ t;
        s3 = rotl<u32>(n3, 11);
        store<u8>(row + <usize>i, <f64>x * scale * q < 1.0 ? 1 : 0);
      }
      const n = activeIndices(row, nv, idx);
      sumRows(W, nh, idx, n, c, a);
    }
  }
  store<u32>(S, s0);
  store<u32>(S + 4, s1);
  store<u32>(S + 8, s2);
  store<u32>(S + 12, s3);
}

@inline function softplus(y: f64): f64 {
  return y > 0 ? y + Math.log1p(Math.exp(-y)) : Math.log1p(Math.exp(y));
}

// out[r] = log p_to*(v_r) - log p_from*(v_r) in float64:
//   (to - from) (b - bA).v + sum_j [softplus(to a_j) - softplus(from a_j)],
// with d = b - bA as float64 (nv) and a the cached f32 activations.
export function logRatio(act: usize, d: usize, v: usize, count: i32, nv: i32, nh: i32, to: f64, from: f64, out: usize): void {
  const db = to - from;
  for (let r = 0; r < count; r++) {
    const row = v + <usize>r * <usize>nv;
    let dot: f64 = 0;
    for (let i = 0; i < nv; i++) if (load<u8>(row + <usize>i) != 0) dot += load<f64>(d + (<usize>i << 3));
    const a = act + (<usize>r * <usize>nh << 2);
    let sum: f64 = 0;
    for (let j = 0; j < nh; j++) {
      const x = <f64>load<f32>(a + (<usize>j << 2));
      sum += softplus(to * x) - softplus(from * x);
    }
    store<f64>(out + (<usize>r << 3), db * dot + sum);
  }
}

// out[r] = log p_beta*(v_r) = (1 - beta) bA.v + beta b.v + sum_j softplus(beta a_j), float64;
// bA and b as float64 (nv each).
export function logDensity(act: usize, bA: usize, b: usize, v: usize, count: i32, nv: i32, nh: i32, beta: f64, out: usize): void {
  for (let r = 0; r < count; r++) {
    const row = v + <usize>r * <usize>nv;
    let baseDot: f64 = 0;
    let biasDot: f64 = 0;
    for (let i = 0; i < nv; i++) {
      if (load<u8>(row + <usize>i) != 0) {
        baseDot += load<f64>(bA + (<usize>i << 3));
        biasDot += load<f64>(b + (<usize>i << 3));
      }
    }
    const a = act + (<usize>r * <usize>nh << 2);
    let sum: f64 = 0;
    for (let j = 0; j < nh; j++) sum += softplus(beta * <f64>load<f32>(a + (<usize>j << 2)));
    store<f64>(out + (<usize>r << 3), (1.0 - beta) * baseDot + beta * biasDot + sum);
  }
}

// W^T into WT: W is rows x cols (f32), WT cols x rows.
export { transpose } from './rbm-train';

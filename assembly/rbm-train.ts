// The float32 WebAssembly SIMD training kernel (AssemblyScript). Same algorithm as the float64
// reference core/train/rbm-gibbs-kernel.ts, against which test/core/train/wasm-kernel.test.ts
// checks it: W^T v and W h are sums of the rows at the active units, here with four f32x4
// accumulators held in registers over all active rows (load-add only, no stores in the loop).
// Memory is laid out by the JavaScript side (core/kernels/wasm-rbm-kernel.ts); every pointer
// is a byte offset into the module's memory. Build: `npm run asbuild`.

@inline function sigmoid(x: f32): f32 {
  return <f32>1.0 / (<f32>1.0 + Mathf.exp(-x));
}

// out[0..n) = base[0..n) + sum over k < count of row idx[k] of M (rows of n floats).
// `out` may equal `base`.
export function sumRows(M: usize, n: i32, idx: usize, count: i32, base: usize, out: usize): void {
  const rowBytes = <usize>n << 2;
  let j = 0;
  for (; j + 16 <= n; j += 16) {
    const o = <usize>j << 2;
    let a0 = v128.load(base + o);
    let a1 = v128.load(base + o + 16);
    let a2 = v128.load(base + o + 32);
    let a3 = v128.load(base + o + 48);
    for (let k = 0; k < count; k++) {
      const r = M + <usize>load<i32>(idx + (<usize>k << 2)) * rowBytes + o;
      a0 = f32x4.add(a0, v128.load(r));
      a1 = f32x4.add(a1, v128.load(r + 16));
      a2 = f32x4.add(a2, v128.load(r + 32));
      a3 = f32x4.add(a3, v128.load(r + 48));
    }
    v128.store(out + o, a0);
    v128.store(out + o + 16, a1);
    v128.store(out + o + 32, a2);
    v128.store(out + o + 48, a3);
  }
  for (; j + 4 <= n; j += 4) {
    const o = <usize>j << 2;
    let a0 = v128.load(base + o);
    for (let k = 0; k < count; k++) a0 = f32x4.add(a0, v128.load(M + <usize>load<i32>(idx + (<usize>k << 2)) * rowBytes + o));
    v128.store(out + o, a0);
  }
  for (; j < n; j++) {
    const o = <usize>j << 2;
    let a: f32 = load<f32>(base + o);
    for (let k = 0; k < count; k++) a += load<f32>(M + <usize>load<i32>(idx + (<usize>k << 2)) * rowBytes + o);
    store<f32>(out + o, a);
  }
}

// Indices of the nonzero bytes of v[0..n) into idx; returns how many (shared with rbm-ais.ts).
@inline export function activeIndices(v: usize, n: i32, idx: usize): i32 {
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (load<u8>(v + <usize>i) != 0) {
      store<i32>(idx + (<usize>count << 2), i);
      count++;
    }
  }
  return count;
}

// P[r, :] = sigmoid(c + W^T v_r) for each of `rows` rows of v (bytes, rows x nv).
export function hiddenProbabilities(W: usize, c: usize, v: usize, rows: i32, nv: i32, nh: i32, P: usize, idx: usize): void {
  for (let r = 0; r < rows; r++) {
    const out = P + (<usize>r * <usize>nh << 2);
    const count = activeIndices(v + <usize>r * <usize>nv, nv, idx);
    sumRows(W, nh, idx, count, c, out);
    for (let j = 0; j < nh; j++) {
      const o = out + (<usize>j << 2);
      store<f32>(o, sigmoid(load<f32>(o)));
    }
  }
}

// The statistics of `rows` rows: sw[i, :] += sum over rows with v_i = 1 of P[r, :];
// sb[i] += that row count; sc += sum_r P[r, :]. P holds the rows' hidden probabilities.
// Rows are gathered per visible unit so each sw row is read and written once.
export function accumulate(v: usize, P: usize, rows: i32, nv: i32, nh: i32, sw: usize, sb: usize, sc: usize, idx: usize): void {
  for (let i = 0; i < nv; i++) {
    let count = 0;
    for (let r = 0; r < rows; r++) {
      if (load<u8>(v + <usize>r * <usize>nv + <usize>i) != 0) {
        store<i32>(idx + (<usize>count << 2), r);
        count++;
      }
    }
    const out = sw + (<usize>i * <usize>nh << 2);
    if (count > 0) sumRows(P, nh, idx, count, out, out);
    store<f32>(sb + (<usize>i << 2), load<f32>(sb + (<usize>i << 2)) + <f32>count);
  }
  for (let r = 0; r < rows; r++) store<i32>(idx + (<usize>r << 2), r);
  sumRows(P, nh, idx, rows, sc, sc);
}

// W^T into WT: W is rows x cols (f32), WT cols x rows; blocked for the cache.
export function transpose(W: usize, rows: i32, cols: i32, WT: usize): void {
  for (let i0 = 0; i0 < rows; i0 += 32) {
    for (let j0 = 0; j0 < cols; j0 += 32) {
      const i1 = min(i0 + 32, rows);
      const j1 = min(j0 + 32, cols);
      for (let i = i0; i < i1; i++) {
        for (let j = j0; j < j1; j++) {
          store<f32>(WT + ((<usize>j * <usize>rows + <usize>i) << 2), load<f32>(W + ((<usize>i * <usize>cols + <usize>j) << 2)));
        }
      }
    }
  }
}

// k block-Gibbs steps on each row of v (bytes, rows x nv), in place. The uniforms come from
// the xoshiro128** generator whose four u32 words are at S (core/rng/rng.ts: the same stream,
// drawn in the reference kernel's order: per row, per step, nh for h then nv for v); the state
// is written back. a (nh floats) and e (nv floats) are scratch; idx holds max(nv, nh) indices.
export function gibbs(W: usize, WT: usize, b: usize, c: usize, v: usize, rows: i32, nv: i32, nh: i32, k: i32, S: usize, a: usize, e: usize, idx: usize): void {
  let s0 = load<u32>(S);
  let s1 = load<u32>(S + 4);
  let s2 = load<u32>(S + 8);
  let s3 = load<u32>(S + 12);
  const scale: f64 = 2.3283064365386963e-10;
  for (let r = 0; r < rows; r++) {
    const row = v + <usize>r * <usize>nv;
    for (let step = 0; step < k; step++) {
      let count = activeIndices(row, nv, idx);
      sumRows(W, nh, idx, count, c, a);
      count = 0;
      for (let j = 0; j < nh; j++) {
        const p = sigmoid(load<f32>(a + (<usize>j << 2)));
        // xoshiro128** (Blackman & Vigna 2021), as core/rng/rng.ts nextU32.
        const x = rotl<u32>(s1 * 5, 7) * 9;
        const t = s1 << 9;
        const n2 = s2 ^ s0;
        const n3 = s3 ^ s1;
        s1 = s1 ^ n2;
        s0 = s0 ^ n3;
        s2 = n2 ^ t;
        s3 = rotl<u32>(n3, 11);
        if (<f64>x * scale < <f64>p) {
          store<i32>(idx + (<usize>count << 2), j);
          count++;
        }
      }
      sumRows(WT, nv, idx, count, b, e);
      for (let i = 0; i < nv; i++) {
        const p = sigmoid(load<f32>(e + (<usize>i << 2)));
        const x = rotl<u32>(s1 * 5, 7) * 9;
        const t = s1 << 9;
        const n2 = s2 ^ s0;
        const n3 = s3 ^ s1;
        s1 = s1 ^ n2;
        s0 = s0 ^ n3;
        s2 = n2 ^ t;
        s3 = rotl<u32>(n3, 11);
        store<u8>(row + <usize>i, <f64>x * scale < <f64>p ? 1 : 0);
      }
    }
  }
  store<u32>(S, s0);
  store<u32>(S + 4, s1);
  store<u32>(S + 8, s2);
  store<u32>(S + 12, s3);
}

// dst[0..n) = src[0..n) widened from f32 to f64 (the statistics leave the module as float64).
export function widen(src: usize, n: i32, dst: usize): void {
  let q = 0;
  for (; q + 4 <= n; q += 4) {
    const x = v128.load(src + (<usize>q << 2));
    v128.store(dst + (<usize>q << 3), f64x2.promote_low_f32x4(x));
    v128.store(dst + (<usize>q << 3) + 16, f64x2.promote_low_f32x4(i32x4.shuffle(x, x, 2, 3, 0, 1)));
  }
  for (; q < n; q++) store<f64>(dst + (<usize>q << 3), <f64>load<f32>(src + (<usize>q << 2)));
}

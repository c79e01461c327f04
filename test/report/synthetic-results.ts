/**
 * Result objects shaped like the runs' result.json, with made-up but plausible numbers
 * (the report draws them; it does not check them). Deterministic, no RNG needed.
 */

/** AIS on a small Ising model, shaped like `ebm logz` output (path of {b, logZ}, exact): log Z(b) rising from N log 2. */
export function aisResult(): Record<string, unknown> {
  const sites = 16;
  const exact = 16.4912;
  const path = Array.from({ length: 41 }, (_, k) => {
    const beta = k / 40;
    return { b: beta, logZ: sites * Math.log(2) + (exact - sites * Math.log(2)) * beta * beta * (1.2 - 0.2 * beta) };
  });
  const history = [64, 128, 256, 512, 1024, 2048].map((chains, i) => ({ chains, logZ: exact + 0.08 * Math.cos(i * 2.1) / Math.sqrt(i + 1), stderr: 0.4 / Math.sqrt(chains / 16) }));
  return {
    method: 'ais',
    model: 'ising2d 4x4',
    logZ: 16.4987,
    stderr: 0.0123,
    ci95: [16.4746, 16.5228],
    exact,
    logZLower: 16.4801,
    logZUpper: 16.5102,
    chains: 2048,
    betas: 1000,
    ess: 1843.2,
    seed: 7,
    workers: 2,
    wallSeconds: 3.21,
    path,
    history,
  };
}

/** PT with 12 temperatures, shaped like core/pt's PtResult: acceptance dipping near the critical point. */
export function ptResult(): Record<string, unknown> {
  const swapAcceptance = Array.from({ length: 11 }, (_, pair) => 0.85 - 0.45 * Math.exp(-((pair - 6) ** 2) / 6));
  const history = Array.from({ length: 12 }, (_, i) => ({ round: i + 1, logZ: 30.2 + 0.5 / (i + 1), stderr: 0.3 / Math.sqrt(i + 1), roundTrips: i % 3 === 0 ? 2 : 4, globalBarrier: 2.4 - 0.6 * (1 - Math.exp(-i / 3)) }));
  return {
    method: 'pt',
    logZ: 30.236,
    stderr: 0.087,
    ci95: [30.066, 30.406],
    replicas: 12,
    rounds: 12,
    swapAcceptance,
    roundTrips: 40,
    globalBarrier: 1.86,
    seed: 11,
    workers: 4,
    wallSeconds: 12.5,
    table: history,
    betas: Array.from({ length: 12 }, (_, k) => (k / 11) ** 2),
    logZCurve: Array.from({ length: 12 }, (_, k) => 25 * Math.log(2) + (30.236 - 25 * Math.log(2)) * (k / 11) ** 3),
  };
}

/** Training of a small RBM: learning curves, 16 filters and 16 binary samples of 8x8 pixels. */
export function trainingResult(): { result: Record<string, unknown>; filters: { data: Float64Array; width: number; height: number }; samples: { data: Uint8Array; width: number; height: number } } {
  const learningCurve = Array.from({ length: 20 }, (_, epoch) => ({ epoch: epoch + 1, reconstructionError: 0.3 * Math.exp(-epoch / 6) + 0.05, gradientNorm: 2 / (epoch + 1), ...(epoch % 5 === 4 ? { testLogLik: -120 + 30 * (1 - Math.exp(-epoch / 8)) } : {}) }));
  const filters = new Float64Array(16 * 64);
  for (let f = 0; f < 16; f++) for (let p = 0; p < 64; p++) filters[f * 64 + p] = Math.sin((p % 8) * (f % 4 + 1) * 0.7) * Math.cos(Math.floor(p / 8) * (Math.floor(f / 4) + 1) * 0.7);
  const samples = new Uint8Array(16 * 64);
  for (let s = 0; s < 16; s++) for (let p = 0; p < 64; p++) samples[s * 64 + p] = ((p % 8) + Math.floor(p / 8) + s) % 3 === 0 ? 255 : 0;
  return { result: { method: 'pcd', learningCurve, testLogLik: -93.1, stderr: 0.4, binarization: 'threshold 0.5', seed: 3, workers: 2, wallSeconds: 40 }, filters: { data: filters, width: 8, height: 8 }, samples: { data: samples, width: 8, height: 8 } };
}

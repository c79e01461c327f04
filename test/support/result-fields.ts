/** The parts of a run's JSON result that must not change with transport, worker count or failures. */

/** An AIS result's estimate (timing may differ). */
export function estimateFields(result: Record<string, unknown>) {
  const { logZ, stderr, ci95, ess, path, chainSweeps } = result;
  return { logZ, stderr, ci95, ess, path, chainSweeps };
}

/** Every field but the timing, worker count and run folder, which alone may differ between runs (PT results). */
export function untimedFields(result: Record<string, unknown>) {
  const { wallSeconds: _w, coordinationSeconds: _c, workers: _k, runDir: _d, ...rest } = result;
  return rest;
}

/**
 * Exact draws from a product of Student-t experts by rejection sampling (von Neumann 1951).
 * Every expert factor (1 + u^2/2)^(-alpha) is at most 1 (alpha > 0), so
 *   exp(-E(x)) <= exp(-|x|^2 / (2 sigma^2)),
 * the Gaussian term alone: propose x ~ N(0, sigma^2 I) and accept with probability
 * prod_j (1 + u_j^2 / 2)^(-alpha_j) = exp(-(E(x) - |x|^2 / (2 sigma^2))). The acceptance rate is
 * Z / (2 pi sigma^2)^(d/2), so a limit on proposals turns a hopeless model into an error.
 */
import type { StudentTProduct } from '../models/student-t-poe.js';
import type { Rng } from '../rng/rng.js';

export function drawStudentTProduct(model: StudentTProduct, count: number, rng: Rng, maxProposals = 1000 * count + 10_000): Float64Array {
  const d = model.d;
  const out = new Float64Array(count * d);
  const x = new Float64Array(d);
  let proposals = 0;
  for (let r = 0; r < count; r++) {
    for (;;) {
      if (++proposals > maxProposals) throw new RangeError(`rejection sampling accepted ${r} of ${count} draws in ${maxProposals} proposals: the experts are too sharp for the Gaussian envelope`);
      let sq = 0;
      for (let i = 0; i < d; i++) {
        x[i] = model.sigma * rng.nextGaussian();
        sq += x[i] * x[i];
      }
      const logAccept = -(model.energy(x) - sq / (2 * model.sigma * model.sigma));
      if (Math.log(rng.nextDouble()) < logAccept) break;
    }
    out.set(x, r * d);
  }
  return out;
}

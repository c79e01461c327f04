/**
 * The pieces of CD for a product of Student-t experts against exact answers: the parameter
 * derivatives of the energy against finite differences, exact draws (rejection sampling)
 * against moments by quadrature, and the CD step's fixed point.
 */
import { describe, expect, it } from 'vitest';
import { poeType, type StudentTProduct } from '../../../core/models/student-t-poe.js';
import { streamRng } from '../../../core/rng/rng.js';
import { accumulateEnergyGradients, emptyPoeGradients, poeCdGradient, poeStep, zeroPoeVelocity } from '../../../core/train/poe-cd.js';
import { drawStudentTProduct } from '../../../core/train/poe-draws.js';
import { poeModelOf, poeParamsOfModel, poeParamsToModelJson } from '../../../core/train/poe-params.js';

const teacher = poeType.parse({ type: 'poe', experts: 'student-t', d: 2, W: [[1.5, 0], [0.6, 1.2], [-1, 1]], alpha: [1.5, 1, 2], sigma: 3 }, 't.json') as StudentTProduct;

describe('poe CD', () => {
  it('dE/dW and dE/dalpha match central finite differences of the energy', () => {
    const p = poeParamsOfModel(teacher);
    const x = Float64Array.from([0.8, -1.1]);
    const g = emptyPoeGradients(p);
    accumulateEnergyGradients(g, p, x);
    const energyAt = (change: (q: typeof p) => void) => {
      const q = poeParamsOfModel(teacher);
      change(q);
      return poeModelOf(q).energy(x);
    };
    const h = 1e-6;
    for (let m = 0; m < p.W.length; m++) {
      const fd = (energyAt((q) => (q.W[m] += h)) - energyAt((q) => (q.W[m] -= h))) / (2 * h);
      expect(g.W[m]).toBeCloseTo(fd, 7);
    }
    for (let j = 0; j < p.experts; j++) {
      const fd = (energyAt((q) => (q.alpha[j] += h)) - energyAt((q) => (q.alpha[j] -= h))) / (2 * h);
      expect(g.alpha[j]).toBeCloseTo(fd, 7);
    }
  });

  it('rejection draws have the moments computed by quadrature (within 4.5 standard errors)', () => {
    // E[x_i x_j] by the same trapezoid grid as the model's log Z (an independent route).
    const x = new Float64Array(2);
    const h = 0.05;
    let z = 0;
    const m = [0, 0, 0];
    for (let a = -600; a <= 600; a++) {
      for (let b = -600; b <= 600; b++) {
        x[0] = a * h;
        x[1] = b * h;
        const w = Math.exp(-teacher.energy(x));
        z += w;
        m[0] += w * x[0] * x[0];
        m[1] += w * x[1] * x[1];
        m[2] += w * x[0] * x[1];
      }
    }
    const count = 20000;
    const draws = drawStudentTProduct(teacher, count, streamRng(1, 'test.poe-draws', 0));
    const sums = [0, 0, 0];
    const squares = [0, 0, 0];
    for (let r = 0; r < count; r++) {
      const v = [draws[2 * r] ** 2, draws[2 * r + 1] ** 2, draws[2 * r] * draws[2 * r + 1]];
      for (let k = 0; k < 3; k++) {
        sums[k] += v[k];
        squares[k] += v[k] * v[k];
      }
    }
    for (let k = 0; k < 3; k++) {
      const mean = sums[k] / count;
      const se = Math.sqrt((squares[k] / count - mean * mean) / count);
      // A proposal from the wrong Gaussian or a wrong acceptance ratio moves these by many SE.
      expect(Math.abs(mean - m[k] / z)).toBeLessThan(4.5 * se);
    }
  });

  it('a zero gradient leaves the model as it is, and alpha stays positive under large steps', () => {
    const p = poeParamsOfModel(teacher);
    const v = zeroPoeVelocity(p);
    poeStep(p, v, { W: new Float64Array(6), logAlpha: new Float64Array(3), acceptance: 1 }, { rate: 1, momentum: 0.5, learnAlpha: true });
    expect(poeParamsToModelJson(p)).toEqual(poeParamsToModelJson(poeParamsOfModel(teacher)));
    poeStep(p, v, { W: new Float64Array(6), logAlpha: Float64Array.from([-50, -50, -50]), acceptance: 1 }, { rate: 1, momentum: 0, learnAlpha: true });
    expect(Array.from(p.alpha).every((a) => a > 0)).toBe(true);
  });

  it('at the teacher, on its own exact draws, the CD gradient averages to zero (within 4.5 standard errors)', () => {
    // CD-k chains started at exact samples stay exact samples: E[grad] = 0 exactly there.
    const p = poeParamsOfModel(teacher);
    const batches = 40;
    const sums = new Float64Array(9);
    const squares = new Float64Array(9);
    for (let t = 0; t < batches; t++) {
      const batch = drawStudentTProduct(teacher, 200, streamRng(2, 'test.poe-batch', t));
      const g = poeCdGradient({ params: p, batch, k: 3, sampler: 'mala', rng: streamRng(2, 'test.poe-cd', t) });
      const v = [...g.W, ...g.logAlpha];
      for (let k = 0; k < 9; k++) {
        sums[k] += v[k];
        squares[k] += v[k] * v[k];
      }
    }
    for (let k = 0; k < 9; k++) {
      const mean = sums[k] / batches;
      const se = Math.sqrt((squares[k] / batches - mean * mean) / (batches - 1));
      // A kernel that does not leave the model invariant (a wrong MALA correction), or chains
      // not started at the data, give a systematic gradient here.
      expect(Math.abs(mean)).toBeLessThan(4.5 * se);
    }
  });

  it('away from the teacher, CD points uphill: positive inner product with the exact gradient by quadrature', () => {
    // The model: the teacher's filters shrunk (a wider density). Exact dL/dtheta =
    // <dE/dtheta>_model (quadrature) - <dE/dtheta>_data; CD-5 must agree in direction
    // (a sign slip between the phases makes the inner product negative).
    const p = poeParamsOfModel(teacher);
    for (let m = 0; m < p.W.length; m++) p.W[m] *= 0.6;
    const model = poeModelOf(p);
    const data = drawStudentTProduct(teacher, 4000, streamRng(3, 'test.poe-data', 0));
    const dataSums = emptyPoeGradients(p);
    accumulateEnergyGradients(dataSums, p, data);
    const modelSums = emptyPoeGradients(p);
    const x = new Float64Array(2);
    const one = emptyPoeGradients(p);
    let z = 0;
    for (let a = -300; a <= 300; a++) {
      for (let b = -300; b <= 300; b++) {
        x[0] = a * 0.1;
        x[1] = b * 0.1;
        const w = Math.exp(-model.energy(x));
        one.W.fill(0);
        one.alpha.fill(0);
        accumulateEnergyGradients(one, p, x);
        for (let m = 0; m < 6; m++) modelSums.W[m] += w * one.W[m];
        for (let j = 0; j < 3; j++) modelSums.alpha[j] += w * one.alpha[j];
        z += w;
      }
    }
    const exact = [...Array.from(modelSums.W, (v, m) => v / z - dataSums.W[m] / 4000), ...Array.from(modelSums.alpha, (v, j) => p.alpha[j] * (v / z - dataSums.alpha[j] / 4000))];
    const cd = poeCdGradient({ params: p, batch: data, k: 5, sampler: 'mala', rng: streamRng(3, 'test.poe-cd', 0) });
    const estimate = [...cd.W, ...cd.logAlpha];
    const dot = estimate.reduce((sum, g, k) => sum + g * exact[k], 0);
    const norms = Math.hypot(...estimate) * Math.hypot(...exact);
    expect(dot / norms).toBeGreaterThan(0.5);
  });
});

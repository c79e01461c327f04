/**
 * Sample outputs: what a user loads must be the draws the run made, in the documented layout.
 */
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeNpy } from '../../../core/io/npy.js';
import { ising2dType } from '../../../core/models/ising2d.js';
import { sampleChains } from '../../../core/sample/sample-plan.js';
import { InputError } from '../../../core/errors.js';
import {
  encodeSampleFile,
  imageShapeOf,
  observableNpy,
  sampleFileFormat,
  sampleJsonLines,
  samplesPng,
  statesNpy,
} from '../../../core/sample/sample-output.js';

const model = ising2dType.parse({ type: 'ising2d', rows: 4, cols: 3, beta: 0.3 }, 'test');
const set = sampleChains({ path: model.temperedPath(), seed: 5, chains: 3, burnIn: 5, thin: 2, draws: 10, keepStates: true });

describe('NPY outputs', () => {
  it('observables load as chains x draws float64, chain-major', () => {
    const energy = decodeNpy(observableNpy(set, 'energy'));
    expect(energy.descr).toBe('<f8');
    expect(energy.shape).toEqual([3, 10]);
    expect(energy.data).toEqual(set.series[set.observables.indexOf('energy')]);
    expect(() => observableNpy(set, 'entropy')).toThrow(/entropy/);
  });

  it('states load as chains x draws x rows x cols int8 spins', () => {
    const states = decodeNpy(statesNpy(set, [4, 3]));
    expect(states.descr).toBe('|i1');
    expect(states.shape).toEqual([3, 10, 4, 3]);
    expect(states.data).toEqual(set.states);
    expect(decodeNpy(statesNpy(set)).shape).toEqual([3, 10, 12]);
    expect(() => statesNpy(set, [5, 3])).toThrow(RangeError);
  });
});

describe('JSON lines', () => {
  it('has one record per draw with its observables and state', () => {
    const lines = sampleJsonLines(set).trimEnd().split('\n');
    expect(lines.length).toBe(30);
    const record = JSON.parse(lines[13]) as Record<string, unknown>;
    // Line 13 is chain 1, draw 3.
    expect(record.chain).toBe(1);
    expect(record.draw).toBe(3);
    const i = 1 * 10 + 3;
    // === rather than Object.is: JSON has no -0, which an energy of zero bonds can be.
    expect(record.energy === set.series[0][i]).toBe(true);
    expect(record.state).toEqual(Array.from((set.states as Int8Array).subarray(i * 12, (i + 1) * 12)));
    expect(JSON.parse(sampleJsonLines(set, false).split('\n')[0])).not.toHaveProperty('state');
  });
});

describe('PNG grid', () => {
  it('shows one row of tiles per chain, the last tile the last draw', () => {
    const png = samplesPng(set, 4, 3, { perChain: 2 });
    // Grid: 2 tiles of 3 wide, 3 tiles of 4 high, 1-pixel borders: 9 x 16.
    const buf = Buffer.from(png);
    expect(buf.readUInt32BE(16)).toBe(9);
    expect(buf.readUInt32BE(20)).toBe(16);
    const idatLength = buf.readUInt32BE(33);
    const raw = inflateSync(buf.subarray(41, 41 + idatLength));
    const pixel = (x: number, y: number) => raw[y * 10 + 1 + x];
    // Chain 2's last draw sits in the second tile of the third row: top-left pixel (5, 11).
    const last = (set.states as Int8Array).subarray((2 * 10 + 9) * 12, (2 * 10 + 10) * 12);
    for (let r = 0; r < 4; r++) for (let c = 0; c < 3; c++) expect(pixel(5 + c, 11 + r)).toBe(last[r * 3 + c] > 0 ? 255 : 0);
  });
});

describe('samples files by extension', () => {
  it('picks the format from the name and refuses unknown ones with the file and field', () => {
    expect(sampleFileFormat('run/samples.npy')).toBe('npy');
    expect(sampleFileFormat('S.JSONL')).toBe('jsonl');
    expect(sampleFileFormat('grid.png')).toBe('png');
    expect(() => sampleFileFormat('samples.csv', '--out')).toThrow(InputError);
    expect(() => sampleFileFormat('samples.csv', '--out')).toThrow(/^samples\.csv: --out: unknown samples format/);
  });

  it('encodes each format from the same draws', () => {
    const shape = imageShapeOf(model.size, model.toJSON());
    expect(shape).toEqual([4, 3]);
    expect(decodeNpy(encodeSampleFile(set, 'npy', shape)).shape).toEqual([3, 10, 4, 3]);
    expect(new TextDecoder().decode(encodeSampleFile(set, 'jsonl'))).toBe(sampleJsonLines(set));
    expect(encodeSampleFile(set, 'png', shape)).toEqual(samplesPng(set, 4, 3));
    expect(() => encodeSampleFile(set, 'png')).toThrow(/image shape/);
  });

  it('guesses square images from the state size when the model has no rows and cols', () => {
    expect(imageShapeOf(784, { type: 'rbm' })).toEqual([28, 28]);
    expect(imageShapeOf(20, { type: 'rbm' })).toBeUndefined();
  });
});

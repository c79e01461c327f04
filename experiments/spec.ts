/**
 * The experiment spec: the YAML a user runs with `ebm run SPEC.yaml`. One zod schema, a doc
 * comment and a default on every field; every file in experiments/ is validated by a test.
 * Each task (logz, ...) has its own schema file; this file joins them.
 */
import { z } from 'zod';
import { logzSpecSchema } from './logz-spec.js';
import { sampleSpecSchema } from './sample-spec.js';
import { trainSpecSchema } from './train-spec.js';
import { anomalySpecSchema, classifySpecSchema } from './apps-spec.js';
import { denoiseSpecSchema, hopfieldCapacitySpecSchema } from './family-specs.js';
import { learningSpecSchemas } from './learning-specs.js';
import { dbnSpecSchema } from './dbn-spec.js';

export const specSchema = z.discriminatedUnion('task', [logzSpecSchema, sampleSpecSchema, trainSpecSchema, denoiseSpecSchema, hopfieldCapacitySpecSchema, anomalySpecSchema, classifySpecSchema, ...learningSpecSchemas, dbnSpecSchema]);

export type Spec = z.infer<typeof specSchema>;
export type { LogzSpec, AisOptions } from './logz-spec.js';
export type { SampleSpec } from './sample-spec.js';
export type { TrainSpec } from './train-spec.js';

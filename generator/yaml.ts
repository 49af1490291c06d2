/**
 * The values of yaml that the loader uses, required rather than imported (see emit/ts-morph.ts).
 * Its types are imported from 'yaml' as usual.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

const yaml = createRequire(import.meta.url)('yaml') as typeof Yaml;

export const { LineCounter, isCollection, isMap, isScalar, isSeq, parseDocument, visit } = yaml;

/**
 * The values of ts-morph that the emitters use. Required rather than imported: importing a
 * CommonJS package from an ES module makes Node scan its source for export names first, a
 * tenth of a second for one this size. Its types are imported from 'ts-morph' as usual.
 */
import { createRequire } from 'node:module';
import type * as TsMorph from 'ts-morph';

const tsMorph = createRequire(import.meta.url)('ts-morph') as typeof TsMorph;

export const { Project, StructureKind, VariableDeclarationKind, Writers } = tsMorph;

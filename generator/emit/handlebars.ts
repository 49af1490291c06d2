/** Handlebars, required rather than imported (see ts-morph.ts). */
import { createRequire } from 'node:module';
import type HandlebarsType from 'handlebars';

export const Handlebars = createRequire(import.meta.url)('handlebars') as typeof HandlebarsType;

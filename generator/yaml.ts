/**
 * The yaml library, required on first use rather than imported (see emit/ts-morph.ts): a spec
 * file that js-yaml's event stream reads (yaml-data.ts) needs none of it, and loading it would
 * be a tenth of a cold run's spec read. Its types are imported from 'yaml' as usual.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let library: typeof Yaml | undefined;

export function yaml(): typeof Yaml {
  return (library ??= createRequire(import.meta.url)('yaml') as typeof Yaml);
}

import type { WriterFunction } from 'ts-morph';
import { propertyName, tsString } from '../escape.js';

/** Plain data, or a writer for a value that is code (`z.string()`). */
export type Data =
  string | number | boolean | null | WriterFunction | readonly Data[] | { readonly [key: string]: Data | undefined };

/** Writes plain data as a TypeScript literal; `undefined` entries are left out. */
export function literal(value: Data): WriterFunction {
  return (w) => {
    if (typeof value === 'function') return value(w);
    if (value === null || typeof value !== 'object') {
      w.write(typeof value === 'string' ? tsString(value) : String(value));
    } else if (Array.isArray(value)) {
      w.write('[');
      (value as readonly Data[]).forEach((item, i) => {
        if (i > 0) w.write(', ');
        literal(item)(w);
      });
      w.write(']');
    } else {
      const entries = Object.entries(value).filter((e): e is [string, Data] => e[1] !== undefined);
      if (entries.length === 0) return void w.write('{}');
      w.inlineBlock(() => {
        for (const [key, item] of entries) {
          w.write(`${propertyName(key)}: `);
          literal(item)(w);
          w.write(',').newLine();
        }
      });
    }
  };
}

/** Writes an IR type as a zod 4 schema expression, through ts-morph's code writer. */
import type { CodeBlockWriter, WriterFunction } from 'ts-morph';
import { propertyName, tsScalar, tsString } from '../escape.js';
import type { Field, Format, TypeNode, TypeOf } from '../ir.js';
import { fieldType, isRequired } from '../ir-walk.js';

export interface ZodContext {
  /** `request` schemas leave readOnly fields out, as the request types do. */
  readonly mode: 'response' | 'request';
  /** The expression for a model reference (and records the import it needs, when the writer is made). */
  ref(name: string): WriterFunction;
  /**
   * Whether a discriminated union's variants may leave the discriminator out (in responses): then
   * zod tries each variant where the discriminator picks none.
   */
  discriminatorOptional?(node: TypeOf<'union'>): boolean;
}

type Arg = string | number | WriterFunction;

const write = (w: CodeBlockWriter, arg: Arg) => (typeof arg === 'function' ? arg(w) : w.write(String(arg)));

/** `callee(arg, ...)` */
export function call(callee: Arg, ...args: Arg[]): WriterFunction {
  return (w) => {
    write(w, callee);
    w.write('(');
    args.forEach((a, i) => {
      if (i > 0) w.write(', ');
      write(w, a);
    });
    w.write(')');
  };
}

/** `target.method(arg, ...)` */
function method(target: WriterFunction, name: string, ...args: Arg[]): WriterFunction {
  return call((w) => (target(w), w.write(`.${name}`)), ...args);
}

function list(items: Arg[]): WriterFunction {
  return (w) => {
    w.write('[');
    items.forEach((item, i) => {
      if (i > 0) w.write(', ');
      write(w, item);
    });
    w.write(']');
  };
}

const STRING_FORMATS: Record<Exclude<Format, 'cidr'>, string> = {
  'date-time': 'z.iso.datetime({ offset: true })',
  date: 'z.iso.date()',
  uuid: 'z.guid()',
  email: 'z.email()',
  uri: 'z.url()',
  hostname: 'z.hostname()',
  ipv4: 'z.ipv4()',
  ipv6: 'z.ipv6()',
};

export function zodWriter(node: TypeNode, ctx: ZodContext): WriterFunction {
  const schema = shape(node, ctx);
  return node.meta.nullable ? method(schema, 'nullable') : schema;
}

export function zodObject(fields: readonly Field[], ctx: ZodContext): WriterFunction {
  const properties = fields
    .filter((field) => !(ctx.mode === 'request' && field.readOnly))
    .map((field): [string, WriterFunction] => {
      const value = zodWriter(fieldType(field, ctx.mode), ctx);
      return [propertyName(field.name), isRequired(field, ctx.mode) ? value : method(value, 'optional')];
    });
  return call('z.object', (w) => {
    w.inlineBlock(() => {
      for (const [name, value] of properties) {
        w.write(`${name}: `);
        value(w);
        w.write(',').newLine();
      }
    });
  });
}

function shape(node: TypeNode, ctx: ZodContext): WriterFunction {
  const c = node.constraints;
  switch (node.kind) {
    case 'primitive': {
      if (node.name === 'string') {
        const format = node.format;
        if (format === 'cidr') return call('z.union', list(['z.cidrv4()', 'z.cidrv6()']));
        let s: WriterFunction = (w) => w.write(format ? STRING_FORMATS[format] : 'z.string()');
        if (c.minLength !== undefined) s = method(s, 'min', c.minLength);
        if (c.maxLength !== undefined) s = method(s, 'max', c.maxLength);
        if (c.pattern !== undefined) s = method(s, 'regex', call('new RegExp', tsString(c.pattern)));
        return s;
      }
      if (node.name === 'number' || node.name === 'integer') {
        let n: WriterFunction = (w) => w.write(node.name === 'integer' ? 'z.int()' : 'z.number()');
        if (c.minimum !== undefined) n = method(n, 'min', c.minimum);
        if (c.maximum !== undefined) n = method(n, 'max', c.maximum);
        return n;
      }
      return (w) => w.write(`z.${node.name}()`);
    }
    case 'ref':
      return ctx.ref(node.name);
    case 'literal':
      return call('z.literal', tsScalar(node.value));
    case 'enum':
      return call('z.enum', list(node.values.map((v) => tsString(v.value))));
    case 'array': {
      let a = call('z.array', zodWriter(node.items, ctx));
      if (c.minItems !== undefined) a = method(a, 'min', c.minItems);
      if (c.maxItems !== undefined) a = method(a, 'max', c.maxItems);
      return a;
    }
    case 'map':
      return call('z.record', 'z.string()', zodWriter(node.values, ctx));
    case 'object':
      return zodObject(node.fields, ctx);
    case 'union': {
      const variants = list(node.variants.map((v) => zodWriter(v, ctx)));
      if (node.variants.length === 1) return zodWriter(node.variants[0]!, ctx);
      if (!node.discriminator) return call('z.union', variants);
      const key = tsString(node.discriminator);
      // A response without the discriminator is tried against every variant.
      return ctx.mode === 'response' && ctx.discriminatorOptional?.(node)
        ? call('z.discriminatedUnion', key, variants, '{ unionFallback: true }')
        : call('z.discriminatedUnion', key, variants);
    }
  }
}

/** `z.intersection(a, b)` folded over several parts. */
export function intersection(parts: WriterFunction[]): WriterFunction {
  return parts.reduce((acc, part) => call('z.intersection', acc, part));
}

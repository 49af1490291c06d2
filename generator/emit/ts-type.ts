/** Writes an IR type as a TypeScript type, through ts-morph's code writer. */
import type { CodeBlockWriter, PropertySignatureStructure, OptionalKind, WriterFunction } from 'ts-morph';
import { propertyName, tsScalar, tsString } from '../escape.js';
import type { Field, TypeNode } from '../ir.js';
import { fieldType, isRequired } from '../ir-walk.js';
import { jsDoc } from './jsdoc.js';
import { Writers } from './ts-morph.js';

/** `response` types show every field; `request` types leave readOnly fields out. */
export type Mode = 'response' | 'request';

export interface TypeContext {
  readonly mode: Mode;
  /** The name to write for a model reference (and records the import it needs, when the writer is made). */
  ref(name: string, mode: Mode): string;
}

export function typeWriter(node: TypeNode, ctx: TypeContext): WriterFunction {
  const inner = shapeWriter(node, ctx);
  return node.meta.nullable ? Writers.unionType(inner, 'null') : inner;
}

function shapeWriter(node: TypeNode, ctx: TypeContext): WriterFunction {
  switch (node.kind) {
    case 'primitive':
      return (w) => w.write(node.name === 'integer' ? 'number' : node.name);
    case 'ref': {
      const name = ctx.ref(node.name, ctx.mode);
      return (w) => w.write(name);
    }
    case 'literal':
      return (w) => w.write(tsScalar(node.value));
    case 'enum':
      return union(node.values.map((v) => tsString(v.value)));
    case 'array':
      return generic('Array', typeWriter(node.items, ctx));
    case 'map':
      return generic('Record', 'string', typeWriter(node.values, ctx));
    case 'union':
      return union(node.variants.map((v) => typeWriter(v, ctx)));
    case 'object':
      return objectWriter(node.fields, ctx);
  }
}

export function objectWriter(fields: readonly Field[], ctx: TypeContext): WriterFunction {
  const properties = propertyStructures(fields, ctx);
  // `object`, not `Record<string, never>`: Cloudflare's SDK declares these as empty interfaces, which have no index signature.
  if (properties.length === 0) return (w) => w.write('object');
  return Writers.objectType({ properties });
}

export function propertyStructures(
  fields: readonly Field[],
  ctx: TypeContext,
): OptionalKind<PropertySignatureStructure>[] {
  return fields
    .filter((f) => !(ctx.mode === 'request' && f.readOnly))
    .map((f) => ({
      name: propertyName(f.name),
      hasQuestionToken: !isRequired(f, ctx.mode),
      type: typeWriter(fieldType(f, ctx.mode), ctx),
      docs: jsDoc(docTarget(f.type), fieldNotes(f)),
    }));
}

function fieldNotes(f: Field): string[] {
  return [
    ...(f.readOnly ? ['Returned by the API; not accepted in requests.'] : []),
    ...(f.documentedAs ? [`Documented as \`${f.documentedAs}\`.`] : []),
  ];
}

/** Constraints and format of a field live on its outermost node; formats of `string` fields on the primitive. */
function docTarget(node: TypeNode): Pick<TypeNode, 'meta' | 'constraints'> & { format?: string } {
  return node.kind === 'primitive' ? { ...node, format: node.format } : node;
}

function union(members: (string | WriterFunction)[]): WriterFunction {
  if (members.length === 1) {
    const only = members[0]!;
    return typeof only === 'string' ? (w) => w.write(only) : only;
  }
  return Writers.unionType(members[0]!, members[1]!, ...members.slice(2));
}

function generic(name: string, ...args: (string | WriterFunction)[]): WriterFunction {
  return (w: CodeBlockWriter) => {
    w.write(`${name}<`);
    args.forEach((arg, i) => {
      if (i > 0) w.write(', ');
      if (typeof arg === 'string') w.write(arg);
      else arg(w);
    });
    w.write('>');
  };
}

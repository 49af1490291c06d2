/**
 * `npm run compare:openapi`: our OpenAPI document (generated/openapi.json) against Cloudflare's of
 * June 2023 for the same endpoints (test/fixtures/reference/openapi-2023-scope.json). Operations
 * are matched by verb and path (placeholders match whatever their names), else by summary; for
 * each, it prints a differing verb or path, and the query parameters, request body fields and
 * result fields that one side has and the other has not. Differences listed in
 * openapi-known-changes.json (API changes since 2023) are shown with their reason; the summary
 * line counts what is left. Exit code 0 either way: this is a report, not a test.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from '../helpers/paths.js';
import { SchemaFields, type Schema } from './schema-fields.js';

const OURS = path.join(ROOT, 'generated/openapi.json');
const THEIRS = path.join(ROOT, 'test/fixtures/reference/openapi-2023-scope.json');
const KNOWN = path.join(ROOT, 'test/compare/openapi-known-changes.json');
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

interface Operation {
  readonly key: string;
  readonly method: string;
  readonly path: string;
  readonly summary: string;
  readonly label: string;
  readonly query: Set<string>;
  readonly body: Set<string>;
  readonly result: Set<string>;
}

/**
 * Known differences: `operations` are patterns of `VERB /path` keys, where a star stands for one
 * word or placeholder (a star for the verb, and one for accounts or zones), `where` is `query`, `body`, `result`, `path` or
 * `operation` (the whole operation), `side` is the document that has what the other lacks.
 */
interface KnownChange {
  readonly operations: readonly string[];
  readonly where: 'query' | 'body' | 'result' | 'path' | 'operation';
  readonly side: 'ours' | '2023';
  readonly fields?: readonly string[];
  readonly reason: string;
}

const patternOf = (glob: string) =>
  new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/ ]*')}$`);

const normalize = (p: string) => p.replace(/\{[^}]*\}/g, '{}');

function operations(document: Schema, label: (op: Schema) => string): Operation[] {
  const fields = new SchemaFields(document);
  const out: Operation[] = [];
  for (const [p, item] of Object.entries(document['paths'] as Record<string, Schema>)) {
    for (const method of METHODS) {
      const op = item[method] as Schema | undefined;
      if (!op) continue;
      const params = [...((item['parameters'] ?? []) as Schema[]), ...((op['parameters'] ?? []) as Schema[])].map((x) =>
        fields.resolve(x),
      );
      const body = (op['requestBody'] as Schema | undefined)?.['content'] as Record<string, Schema> | undefined;
      const ok = ((op['responses'] as Record<string, Schema>)['200'] ?? {})['content'] as
        Record<string, Schema> | undefined;
      const envelope = fields.properties(ok?.['application/json']?.['schema']);
      const result = envelope.has('result') ? fields.itemsOf(envelope.get('result')) : undefined;
      out.push({
        key: `${method.toUpperCase()} ${normalize(p)}`,
        method: method.toUpperCase(),
        path: p,
        summary: String(op['summary'] ?? '').toLowerCase(),
        label: label(op),
        query: new Set(params.filter((x) => x['in'] === 'query').map((x) => String(x['name']))),
        body: new Set(fields.properties(body?.['application/json']?.['schema']).keys()),
        result: new Set(result === undefined ? [] : fields.properties(result).keys()),
      });
    }
  }
  return out;
}

const minus = (a: Set<string>, b: Set<string>) => [...a].filter((x) => !b.has(x)).sort();

async function main(): Promise<void> {
  const [ours, theirs, known] = await Promise.all(
    [OURS, THEIRS, KNOWN].map(async (file) => JSON.parse(await readFile(file, 'utf8')) as unknown),
  );
  const mine = operations(ours as Schema, (op) => String(op['x-sdk-method']));
  const cf = operations(theirs as Schema, (op) => String(op['operationId']));
  const changes = known as KnownChange[];
  const byKey = new Map(cf.map((o) => [o.key, o]));
  const bySummary = new Map(cf.map((o) => [o.summary, o]));
  const matched = new Set<Operation>();
  let left = 0;
  let explained = 0;
  const lines: string[] = [];

  const knownFor = (op: Operation, where: KnownChange['where'], side: KnownChange['side'], field?: string) =>
    changes.find(
      (c) =>
        c.where === where &&
        c.side === side &&
        (field === undefined || (c.fields ?? []).includes(field)) &&
        c.operations.some((glob) => patternOf(glob).test(op.key)),
    );
  const report = (op: Operation, where: 'query' | 'body' | 'result', side: 'ours' | '2023', names: string[]) => {
    const reasons = new Map<string, string[]>();
    for (const name of names) {
      const reason = knownFor(op, where, side, name)?.reason ?? '';
      reasons.set(reason, [...(reasons.get(reason) ?? []), name]);
    }
    for (const [reason, fields] of reasons) {
      lines.push(`  ${where} only in ${side}${reason ? ` (known: ${reason})` : ''}: ${fields.join(', ')}`);
      if (reason) explained += fields.length;
      else left += fields.length;
    }
  };

  // Matched by verb and path first; an operation whose path moved, by its summary among the rest.
  const pairs = new Map<Operation, Operation>();
  for (const op of mine) {
    const other = byKey.get(op.key);
    if (other) (pairs.set(op, other), matched.add(other));
  }
  for (const op of mine) {
    const other = bySummary.get(op.summary);
    if (!pairs.has(op) && other && !matched.has(other)) (pairs.set(op, other), matched.add(other));
  }
  const onlyOurs: Operation[] = [];
  for (const op of mine) {
    const other = pairs.get(op);
    if (!other) {
      onlyOurs.push(op);
      continue;
    }
    lines.push(`${op.key}  ${op.label} ~ ${other.label}`);
    if (other.key !== op.key) {
      const known = knownFor(op, 'path', 'ours');
      lines.push(
        `  verb or path differs${known ? ` (known: ${known.reason})` : ''}: ours ${op.method} ${op.path}, 2023 ${other.method} ${other.path}`,
      );
      if (known) explained++;
      else left++;
    }
    for (const where of ['query', 'body', 'result'] as const) {
      report(op, where, 'ours', minus(op[where], other[where]));
      report(op, where, '2023', minus(other[where], op[where]));
    }
  }
  const onlyTheirs = cf.filter((o) => !matched.has(o));
  for (const [side, list] of [
    ['ours', onlyOurs],
    ['2023', onlyTheirs],
  ] as const) {
    if (list.length === 0) continue;
    lines.push(`operations only in ${side}:`);
    for (const op of list) {
      const change = knownFor(op, 'operation', side);
      lines.push(`  ${op.key}  ${op.label}${change ? ` (known: ${change.reason})` : ''}`);
      if (change) explained++;
      else left++;
    }
  }
  lines.push(
    `${mine.length - onlyOurs.length} operations in both, ${onlyOurs.length} only in ours, ${onlyTheirs.length} only in 2023; ` +
      `${explained} known differences, ${left} left`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();

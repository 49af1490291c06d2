/** Stage 2: every spec file against the format, plus the rules that span a whole file. */
import type { z } from 'zod';
import type { Diagnostic, DiagnosticCode } from './diagnostics.js';
import type { SpecFile, YamlPath } from './load.js';
import { FORMAT_KEYS, SpecFileFormat, type RawSpecFile } from './spec-format.js';
import { didYouMean } from './suggest.js';

export interface ValidFile {
  readonly file: SpecFile;
  readonly raw: RawSpecFile;
}

/**
 * `incomplete`: the loader reported problems, so the files it could not read are missing here,
 * and one of them may be the one that declares `api`.
 */
export function validateFormat(
  files: readonly SpecFile[],
  incomplete = false,
): { valid: ValidFile[]; diagnostics: Diagnostic[] } {
  const valid: ValidFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const at = (path: YamlPath, code: DiagnosticCode, message: string, key = false): Diagnostic => ({
      file: file.name,
      ...file.locate(path, key),
      code,
      message,
    });
    if (file.data === null || (typeof file.data === 'object' && Object.keys(file.data).length === 0)) {
      diagnostics.push(at([], 'SPEC_EMPTY', 'spec file is empty'));
      continue;
    }
    const unsafe = unrepresentableValues(file.data);
    if (unsafe.length > 0) {
      for (const { path, message, key } of unsafe) diagnostics.push(at(path, 'SPEC_FORMAT', message, key));
      continue;
    }
    const parsed = SpecFileFormat.safeParse(file.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) diagnostics.push(...issueDiagnostics(issue, file.data, at));
      continue;
    }
    const raw = parsed.data;
    const before = diagnostics.length;
    if (raw.endpoints && !raw.resource) {
      diagnostics.push(
        at(['endpoints'], 'SPEC_FORMAT', 'a file with endpoints needs "resource", its place in the client tree', true),
      );
    }
    if (raw.endpoints && !raw.typePrefix) {
      diagnostics.push(
        at(
          ['endpoints'],
          'SPEC_FORMAT',
          'a file with endpoints needs "typePrefix", which names its params types',
          true,
        ),
      );
    }
    for (const [name, endpoint] of Object.entries(raw.endpoints ?? {})) {
      const body = endpoint.body;
      if (!body) continue;
      const where = ['endpoints', name, 'body'];
      if ((body.fields === undefined) === (body.type === undefined)) {
        diagnostics.push(at(where, 'SPEC_FORMAT', 'body needs exactly one of "fields" or "type"'));
      } else if (body.param !== undefined && body.type === undefined) {
        diagnostics.push(at(where, 'SPEC_FORMAT', 'body "param" needs a "type"'));
      }
    }
    if (diagnostics.length === before) valid.push({ file, raw });
  }
  const apiFiles = valid.filter((v) => v.raw.api);
  for (const extra of apiFiles.slice(1)) {
    const first = apiFiles[0]!.file.name;
    diagnostics.push({
      file: extra.file.name,
      ...extra.file.locate(['api'], true),
      code: 'SPEC_DUPLICATE_NAME',
      message: `"api" is already declared in ${first}`,
    });
  }
  if (apiFiles.length === 0 && diagnostics.length === 0 && !incomplete) {
    const first = files[0];
    diagnostics.push({
      file: first?.name ?? 'spec',
      line: 1,
      col: 1,
      code: 'SPEC_EMPTY',
      message: 'no spec file declares "api" (base URL, auth, envelope, pagination)',
    });
  }
  return { valid, diagnostics };
}

// Far deeper than any spec needs; every stage after this one walks the data recursively.
const MAX_DEPTH = 64;

/**
 * What the generated code could not carry as it is written, anywhere in a file: a `__proto__` key
 * (an object literal, zod and `{}` take it for the prototype, so it would vanish without a word)
 * numbers that JSON cannot hold (`.inf`, `.nan`), and nesting deeper than MAX_DEPTH.
 */
function unrepresentableValues(
  data: unknown,
  path: YamlPath = [],
): { path: YamlPath; message: string; key: boolean }[] {
  if (typeof data === 'number' && !Number.isFinite(data))
    return [{ path, message: `${String(data)} is not a number JSON can hold`, key: false }];
  if (data === null || typeof data !== 'object') return [];
  if (path.length > MAX_DEPTH)
    return [{ path, message: `values are nested more than ${MAX_DEPTH} levels deep`, key: false }];
  const entries: [string | number, unknown][] = Array.isArray(data) ? [...data.entries()] : Object.entries(data);
  return entries.flatMap(([key, value]) =>
    key === '__proto__'
      ? [
          {
            path: [...path, key],
            message:
              '"__proto__" cannot be a key: JavaScript objects (and so the generated types, validators and docs) take it for their prototype',
            key: true,
          },
        ]
      : unrepresentableValues(value, [...path, key]),
  );
}

function issueDiagnostics(
  issue: z.core.$ZodIssue,
  data: unknown,
  at: (path: YamlPath, code: DiagnosticCode, message: string, key?: boolean) => Diagnostic,
): Diagnostic[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const name = typeof path.at(-1) === 'string' ? `"${String(path.at(-1))}"` : 'value';
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        at([...path, key], 'SPEC_FORMAT', `unknown field "${key}"${didYouMean(key, FORMAT_KEYS)}`, true),
      );
    case 'invalid_type': {
      const value = valueAt(data, path);
      if (value === undefined) return [at(path, 'SPEC_FORMAT', `missing required field ${name}`, true)];
      return [at(path, 'SPEC_FORMAT', `${name} must be ${article(issue.expected)}, not ${describe(value)}`)];
    }
    case 'invalid_value':
      return [at(path, 'SPEC_FORMAT', `${name} must be one of: ${issue.values.map(String).join(', ')}`)];
    case 'too_small':
      return [
        at(
          path,
          'SPEC_FORMAT',
          issue.origin === 'array' ? `${name} must not be empty` : `${name} must be at least ${String(issue.minimum)}`,
        ),
      ];
    case 'invalid_format':
      return [
        at(
          path,
          'SPEC_FORMAT',
          `${name} ${issue.format === 'regex' ? issue.message : `must be a valid ${issue.format}`}`,
        ),
      ];
    case 'invalid_key': {
      const reason = issue.issues.map((inner) => inner.message).join('; ');
      return [at(path, 'SPEC_FORMAT', `key ${name} ${reason}`, true)];
    }
    case 'invalid_union':
      // A union of the format's own that says what it takes.
      if (issue.message.startsWith('must be '))
        return [at(path, 'SPEC_FORMAT', `${name} ${issue.message}, not ${describe(valueAt(data, path))}`)];
      return [at(path, 'SPEC_FORMAT', `${name} has the wrong type (${describe(valueAt(data, path))})`)];
    default:
      return [at(path, 'SPEC_FORMAT', `${name}: ${issue.message}`)];
  }
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let value = data;
  for (const step of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[step];
  }
  return value;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return article(typeof value);
}

function article(word: string): string {
  if (word === 'object' || word === 'record') return 'a mapping';
  if (word === 'array') return 'a list';
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

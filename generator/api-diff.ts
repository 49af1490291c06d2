/**
 * What changed between two descriptions of the public API (api-description.ts), and which
 * changes break code written against the old one.
 *
 * Breaking: a removed method, model or field; a changed type, scope, argument list, params
 * type name, body, response or pagination; a removed enum value; a request field that became
 * required (or newly required); a response field that may now be missing or null.
 * Not breaking: anything added that a caller may leave out, new enum values, a new URL for the
 * same method, deprecations.
 */
import {
  compare,
  type ApiDescription,
  type FieldDescription,
  type MethodDescription,
  type Role,
  type TypeDescription,
} from './api-description.js';

export interface ApiChange {
  readonly sign: '+' | '-' | '~';
  /** `method zeroTrust.access.groups.list`, `model Pet`, `Cat.name`, `zoo.pets.list params.kind`. */
  readonly subject: string;
  /** What changed, for `~` lines: `string -> number`, `enum + "bird"`. */
  readonly detail?: string;
  /** Shown in parentheses: `optional`, `breaking`, `breaking for requests`. */
  readonly notes: readonly string[];
  readonly breaking: boolean;
}

export function diffApi(before: ApiDescription, after: ApiDescription): ApiChange[] {
  const changes: ApiChange[] = [];
  for (const id of unionOfKeys(before.methods, after.methods)) {
    const [old, now] = [own(before.methods, id), own(after.methods, id)];
    if (!old) changes.push(added(`method ${id}`, []));
    else if (!now) changes.push(removed(`method ${id}`));
    else changes.push(...diffMethod(id, old, now));
  }
  for (const name of unionOfKeys(before.models, after.models)) {
    const [old, now] = [own(before.models, name), own(after.models, name)];
    if (!old) changes.push(added(`model ${name}`, []));
    else if (!now) changes.push(removed(`model ${name}`));
    else {
      const roles = new Set([...old.usedIn, ...now.usedIn]);
      changes.push(...diffType(`model ${name}`, `${name}.`, old, now, roles));
      changes.push(...diffDeprecation(`model ${name}`, old.deprecated, now.deprecated));
    }
  }
  return changes;
}

export function formatChange(change: ApiChange): string {
  const detail = change.detail === undefined ? '' : `: ${change.detail}`;
  const notes = change.notes.length === 0 ? '' : ` (${change.notes.join(', ')})`;
  return `${change.sign} ${change.subject}${detail}${notes}`;
}

/** `3 changes, 1 breaking` */
export function summarizeChanges(changes: readonly ApiChange[]): string {
  const breaking = changes.filter((c) => c.breaking).length;
  return `${changes.length} change${changes.length === 1 ? '' : 's'}, ${breaking} breaking`;
}

const REQUEST: ReadonlySet<Role> = new Set(['request']);
const RESPONSE: ReadonlySet<Role> = new Set(['response']);

function diffMethod(id: string, old: MethodDescription, now: MethodDescription): ApiChange[] {
  const subject = `method ${id}`;
  const changes: ApiChange[] = [];
  const endpoint = (m: MethodDescription) => `${m.verb} ${m.path}`;
  if (endpoint(old) !== endpoint(now)) changes.push(changed(subject, `${endpoint(old)} -> ${endpoint(now)}`, false));
  const signature: [string, (m: MethodDescription) => string][] = [
    ['scope', (m) => m.scope],
    ['arguments', (m) => `(${m.args.join(', ')})`],
    ['params type', (m) => m.paramsType ?? 'none'],
    ['body', (m) => m.body?.type ?? 'none'],
    ['response', (m) => m.response?.type ?? 'none'],
    ['pagination', (m) => m.pagination ?? 'none'],
  ];
  for (const [what, text] of signature)
    if (text(old) !== text(now)) changes.push(changed(subject, `${what} ${text(old)} -> ${text(now)}`, true));
  changes.push(...diffDeprecation(subject, old.deprecated, now.deprecated));
  changes.push(...diffFields(`${id} params.`, old.params, now.params, REQUEST));
  if (old.body && now.body && old.body.type === now.body.type)
    changes.push(...diffType(`${id} body`, `${id} body.`, old.body, now.body, REQUEST));
  if (old.response && now.response && old.response.type === now.response.type)
    changes.push(...diffType(`${id} response`, `${id} response.`, old.response, now.response, RESPONSE));
  return changes;
}

/** Nullability, enum values and inline fields of two types; the caller has compared their names when it matters. */
function diffType(
  subject: string,
  fieldPrefix: string,
  old: TypeDescription,
  now: TypeDescription,
  roles: ReadonlySet<Role>,
): ApiChange[] {
  if (old.type !== now.type) return [changed(subject, `${old.type} -> ${now.type}`, true)];
  return [
    ...diffNullable(subject, old.nullable, now.nullable, roles, roles.has('request')),
    ...diffEnum(subject, old.enum, now.enum),
    ...diffFields(fieldPrefix, old.fields ?? {}, now.fields ?? {}, roles),
  ];
}

function diffFields(
  prefix: string,
  old: Readonly<Record<string, FieldDescription>>,
  now: Readonly<Record<string, FieldDescription>>,
  roles: ReadonlySet<Role>,
): ApiChange[] {
  const changes: ApiChange[] = [];
  // A field added, removed or retyped as a whole is one change, not one more per field inside it.
  const reported: string[] = [];
  for (const name of unionOfKeys(old, now)) {
    if (reported.some((parent) => isInside(name, parent))) continue;
    const [before, after] = [own(old, name), own(now, name)];
    const subject = prefix + name;
    if (!before || !after || before.type !== after.type) reported.push(name);
    if (!before) {
      const breaking = after!.required && !after!.readOnly && roles.has('request');
      const notes = [after!.required ? 'required' : 'optional', ...(breaking ? ['breaking for requests'] : [])];
      changes.push(added(subject, notes, breaking));
    } else if (!after) changes.push(removed(subject));
    else changes.push(...diffField(subject, before, after, roles));
  }
  return changes;
}

function diffField(subject: string, old: FieldDescription, now: FieldDescription, roles: ReadonlySet<Role>) {
  if (old.type !== now.type) return [changed(subject, `${old.type} -> ${now.type}`, true)];
  const sentByCaller = roles.has('request') && !now.readOnly;
  const changes: ApiChange[] = [];
  if (old.required !== now.required) {
    const [from, to] = old.required ? ['required', 'optional'] : ['optional', 'required'];
    // Now required: every caller must send it. Now optional: a reader may not get it.
    const side = now.required ? sentByCaller && 'requests' : roles.has('response') && 'responses';
    changes.push(changedFor(subject, `${from} -> ${to}`, side));
  }
  changes.push(...diffNullable(subject, old.nullable, now.nullable, roles, sentByCaller));
  if (!old.readOnly !== !now.readOnly) {
    // Becoming readOnly takes the field out of the request types; the reverse puts it in, which breaks if required.
    const side = roles.has('request') && (now.readOnly || now.required) && 'requests';
    changes.push(changedFor(subject, now.readOnly ? 'writable -> readOnly' : 'readOnly -> writable', side));
  }
  changes.push(...diffEnum(subject, old.enum, now.enum));
  changes.push(...diffDeprecation(subject, old.deprecated, now.deprecated));
  return changes;
}

function diffNullable(
  subject: string,
  old: boolean | undefined,
  now: boolean | undefined,
  roles: ReadonlySet<Role>,
  sentByCaller: boolean,
): ApiChange[] {
  if (!old === !now) return [];
  // A reader must now handle null; a writer may no longer send it.
  if (now) return [changedFor(subject, 'not nullable -> nullable', roles.has('response') && 'responses')];
  return [changedFor(subject, 'nullable -> not nullable', sentByCaller && 'requests')];
}

function diffEnum(subject: string, old: readonly string[] = [], now: readonly string[] = []): ApiChange[] {
  const lost = old.filter((v) => !now.includes(v));
  const gained = now.filter((v) => !old.includes(v));
  return [
    ...lost.map((v) => changed(subject, `enum - ${JSON.stringify(v)}`, true)),
    ...gained.map((v) => changed(subject, `enum + ${JSON.stringify(v)}`, false)),
  ];
}

function diffDeprecation(subject: string, old: true | undefined, now: true | undefined): ApiChange[] {
  if (!old === !now) return [];
  return [changed(subject, now ? 'deprecated' : 'no longer deprecated', false)];
}

function added(subject: string, notes: string[], breaking = false): ApiChange {
  return { sign: '+', subject, notes, breaking };
}

function removed(subject: string): ApiChange {
  return { sign: '-', subject, notes: ['breaking'], breaking: true };
}

function changed(subject: string, detail: string, breaking: boolean): ApiChange {
  return { sign: '~', subject, detail, notes: breaking ? ['breaking'] : [], breaking };
}

/** A change that breaks only the requests or only the responses that use the field, or nothing. */
function changedFor(subject: string, detail: string, side: 'requests' | 'responses' | false): ApiChange {
  return { sign: '~', subject, detail, notes: side ? [`breaking for ${side}`] : [], breaking: side !== false };
}

/** `include[].email` is inside `include`, `email.email` inside `email`. */
function isInside(name: string, parent: string): boolean {
  return name.length > parent.length && name.startsWith(parent) && /^[.[{]/.test(name.slice(parent.length));
}

function unionOfKeys(a: object, b: object): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(compare);
}

/** The entry under a name from the spec: not what every object inherits (`constructor`, `toString`). */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Identifier rules and case conversions: the one place that decides how names are spelt. */
import { IDENTIFIER_NAME } from './escape.js';

const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'as implements interface let package private protected public static yield any boolean number string symbol ' +
    'unknown never object undefined await'
  ).split(' '),
);

/** A name that can be declared: a type, a class, a variable. */
export function isIdentifier(name: string): boolean {
  return identifierProblem(name) === undefined;
}

/** Why a name cannot be declared, or undefined when it can. */
export function identifierProblem(name: string): string | undefined {
  if (!IDENTIFIER_NAME.test(name)) return 'is not a valid TypeScript identifier';
  if (RESERVED.has(name)) return 'is a reserved word in TypeScript';
  return undefined;
}

/** A name that can follow a dot: methods and properties may be reserved words (`groups.delete`). */
export function isMemberName(name: string): boolean {
  return IDENTIFIER_NAME.test(name);
}

function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

export function pascalCase(name: string): string {
  return words(name)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

// Words the Cloudflare SDK spells in capitals in class names (DEXTests, IPProfiles, DOH, SCIM).
const ACRONYMS: ReadonlySet<string> = new Set(['dex', 'doh', 'ip', 'scim']);

/** The class of a client tree node: `dexTests` -> `DEXTests`, `groups` -> `Groups`, as the SDK names it. */
export function className(segment: string): string {
  return words(segment)
    .map((w) => (ACRONYMS.has(w.toLowerCase()) ? w.toUpperCase() : w[0]!.toUpperCase() + w.slice(1)))
    .join('');
}

export function kebabCase(name: string): string {
  return words(name)
    .map((w) => w.toLowerCase())
    .join('-');
}

/** `group_id` -> `groupID`, `identity_provider_id` -> `identityProviderID`, as Cloudflare's SDK spells them. */
export function positionalName(name: string): string {
  const [first, ...rest] = words(name).map((w) => w.toLowerCase());
  const tail = rest.map((w) => (w === 'id' ? 'ID' : w[0]!.toUpperCase() + w.slice(1)));
  return [first, ...tail].join('');
}

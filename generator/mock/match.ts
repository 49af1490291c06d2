import type { MockRoute } from './route.js';

/** A request matched to its route, with every path placeholder's value, decoded. */
export interface Match {
  readonly route: MockRoute;
  readonly values: Readonly<Record<string, string>>;
}

export type MatchResult = Match | { readonly status: 404 | 405 };

interface CompiledRoute {
  readonly route: MockRoute;
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

const PLACEHOLDER = /\{([^{}]+)\}/g;
const SCOPE_SEGMENT: Readonly<Record<string, string>> = { accounts_or_zones: '(accounts|zones)' };

/** A regular expression for a path template; literal text is escaped, placeholders match one segment. */
export function compileTemplate(template: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  let source = '';
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    source += escapeRegExp(template.slice(last, m.index)) + (SCOPE_SEGMENT[m[1]!] ?? '([^/]+)');
    names.push(m[1]!);
    last = m.index + m[0].length;
  }
  return { pattern: new RegExp(`^${source}${escapeRegExp(template.slice(last))}/?$`), names };
}

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The values of a template's placeholders in `path`, or undefined when it does not match. */
export function matchTemplate(
  compiled: { pattern: RegExp; names: readonly string[] },
  path: string,
): Record<string, string> | undefined {
  const m = compiled.pattern.exec(path);
  if (!m) return undefined;
  try {
    return Object.fromEntries(compiled.names.map((name, i) => [name, decodeURIComponent(m[i + 1]!)]));
  } catch {
    return undefined;
  }
}

/**
 * `template` with its placeholders filled in: the key under which a collection or value is
 * stored. `%` and `/` in a value are escaped, so that no two sets of values share a key.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(PLACEHOLDER, (_, name: string) => escapeSegment(values[name] ?? ''));
}

const escapeSegment = (value: string) => value.replace(/[%/]/g, (c) => (c === '%' ? '%25' : '%2F'));

/** Both spellings of the account or zone placeholders, whichever the path used. */
function withScope(values: Record<string, string>): Record<string, string> {
  const kind = values['accounts_or_zones'] ?? (values['zone_id'] !== undefined ? 'zones' : 'accounts');
  const id = values['account_or_zone_id'] ?? values['account_id'] ?? values['zone_id'];
  if (id === undefined) return values;
  return {
    ...values,
    accounts_or_zones: kind,
    account_or_zone_id: id,
    [kind === 'zones' ? 'zone_id' : 'account_id']: id,
  };
}

export class Router {
  readonly #routes: CompiledRoute[];

  constructor(routes: readonly MockRoute[]) {
    // Fewer placeholders first, so that `/devices/policy/exclude` wins over `/devices/policy/{policy_id}`.
    this.#routes = routes
      .map((route) => ({ route, ...compileTemplate(route.path) }))
      .sort((a, b) => a.names.length - b.names.length);
  }

  match(method: string, path: string): MatchResult {
    let pathMatched = false;
    for (const { route, pattern, names } of this.#routes) {
      const values = matchTemplate({ pattern, names }, path);
      if (!values) continue;
      if (route.method === method) return { route, values: withScope(values) };
      pathMatched = true;
    }
    return { status: pathMatched ? 405 : 404 };
  }
}

// Copied from generator/runtime/auth.ts by `npm run generate`. Edit it there.
import { CloudflareError } from './cloudflare-error.js';

export interface AuthScheme {
  readonly name: string;
  /** Header name -> value template; '{apiToken}' is replaced by the apiToken option. */
  readonly headers: Readonly<Record<string, string>>;
  /** Option name -> environment variable read when no credential option is given. */
  readonly env: Readonly<Record<string, string>>;
}

const PLACEHOLDER = /\{([^{}]+)\}/g;

/** The client options a scheme's header templates name: 'Bearer {apiToken}' -> apiToken. */
export function optionNames(scheme: AuthScheme): string[] {
  const names = Object.values(scheme.headers).flatMap((template) =>
    [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!),
  );
  return [...new Set(names)];
}

function isGiven(value: unknown): boolean {
  return value !== undefined && value !== null;
}

function checkedCredential(value: unknown, describe: string): string {
  if (typeof value !== 'string' || value === '') throw new CloudflareError(`${describe} must be a non-empty string.`);
  // A line break would let the value inject further headers.
  if (/[\0-\x1f\x7f]/.test(value)) throw new CloudflareError(`${describe} contains a control character.`);
  return value;
}

/** The headers a scheme sends, and the credential values that must never be shown. */
export interface ResolvedAuth {
  readonly headers: Record<string, string>;
  readonly secrets: readonly string[];
}

// An email address names the account but grants nothing without the key, so messages may show it.
const NOT_SECRET_HEADERS: ReadonlySet<string> = new Set(['x-auth-email']);

function render(scheme: AuthScheme, valueOf: (option: string) => string): ResolvedAuth {
  const headers: Record<string, string> = {};
  const secrets: string[] = [];
  for (const [name, template] of Object.entries(scheme.headers)) {
    const secret = !NOT_SECRET_HEADERS.has(name.toLowerCase());
    headers[name] = template.replace(PLACEHOLDER, (_, option: string) => {
      const value = valueOf(option);
      if (secret) secrets.push(value);
      return value;
    });
  }
  return { headers, secrets };
}

function orList(items: readonly string[]): string {
  return items.join(', or ');
}

function noCredentialMessage(schemes: readonly AuthScheme[]): string {
  const options = schemes.map((s) => optionNames(s).join(' and '));
  const variables = schemes.map((s) =>
    optionNames(s)
      .map((o) => s.env[o] ?? `(no variable for ${o})`)
      .join(' and '),
  );
  return `No credentials: pass ${orList(options)} to the client, or set ${orList(variables)} in the environment.`;
}

function incompleteMessage(schemes: readonly AuthScheme[], options: Readonly<Record<string, unknown>>): string {
  const gaps: string[] = [];
  const alternatives: string[] = [];
  for (const names of schemes.map(optionNames)) {
    const given = names.filter((n) => isGiven(options[n]));
    const missing = names.filter((n) => !isGiven(options[n]));
    if (given.length > 0) gaps.push(`${given.join(' and ')} also needs ${missing.join(' and ')}`);
    else alternatives.push(names.join(' and '));
  }
  const instead = alternatives.length > 0 ? ` Or pass ${orList(alternatives)} instead.` : '';
  return `Incomplete credentials: ${gaps.join('; ')}.${instead}`;
}

/**
 * Picks exactly one auth scheme and returns the headers it sends.
 * Explicit options win over the environment, which is read only when no credential option is given at all.
 */
export function resolveAuthHeaders(
  schemes: readonly AuthScheme[],
  options: Readonly<Record<string, unknown>>,
  env: Readonly<Record<string, string | undefined>>,
): Record<string, string> {
  return resolveAuth(schemes, options, env).headers;
}

/** As resolveAuthHeaders, with the credential values to redact. */
export function resolveAuth(
  schemes: readonly AuthScheme[],
  options: Readonly<Record<string, unknown>>,
  env: Readonly<Record<string, string | undefined>>,
): ResolvedAuth {
  const usable = schemes.filter((s) => optionNames(s).length > 0);
  if (usable.length === 0) return { headers: {}, secrets: [] };
  const anyExplicit = usable.some((s) => optionNames(s).some((name) => isGiven(options[name])));
  if (anyExplicit) {
    const scheme = usable.find((s) => optionNames(s).every((name) => isGiven(options[name])));
    if (!scheme) throw new CloudflareError(incompleteMessage(usable, options));
    return render(scheme, (name) => checkedCredential(options[name], `The ${name} option`));
  }
  const fromEnv = usable.find((s) =>
    optionNames(s).every((name) => {
      const variable = s.env[name];
      return variable !== undefined && !!env[variable];
    }),
  );
  if (!fromEnv) throw new CloudflareError(noCredentialMessage(usable));
  return render(fromEnv, (name) =>
    checkedCredential(env[fromEnv.env[name]!], `The environment variable ${fromEnv.env[name]}`),
  );
}

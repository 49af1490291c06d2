// Copied from generator/runtime/credential-headers.ts by `npm run generate`. Edit it there.
import { optionNames, type AuthScheme } from './auth.js';
import { CloudflareError } from './cloudflare-error.js';

// Cloudflare's credential headers, whether or not the spec's schemes use them: a client sends only the
// credentials its options configure, and redacts only those.
const CREDENTIAL_HEADERS: readonly string[] = [
  'authorization',
  'x-auth-email',
  'x-auth-key',
  'x-auth-user-service-key',
];

/**
 * Refuses `defaultHeaders` or per-call `headers` that would set a credential, or a value that is not a
 * one-line string: a credential given there would replace the configured one and escape redaction.
 */
export class ExtraHeaderRules {
  readonly #credentialNames: ReadonlySet<string>;
  readonly #options: string;

  constructor(schemes: readonly AuthScheme[]) {
    this.#credentialNames = new Set([
      ...CREDENTIAL_HEADERS,
      ...schemes.flatMap((s) => Object.keys(s.headers).map((name) => name.toLowerCase())),
    ]);
    const options = schemes.map((s) => optionNames(s).join(' and ')).filter((names) => names !== '');
    this.#options = options.length > 0 ? options.join(', or ') : 'the client options';
  }

  /** `where` names the option in messages: 'defaultHeaders' or 'headers'. */
  check(headers: Readonly<Record<string, unknown>>, where: string): void {
    for (const [name, value] of Object.entries(headers)) {
      if (this.#credentialNames.has(name.trim().toLowerCase())) {
        throw new CloudflareError(
          `${where} must not set the ${name} header: pass credentials as ${this.#options} instead.`,
        );
      }
      if (typeof value !== 'string') throw new CloudflareError(`${where}: the ${name} header must be a string.`);
      // A line break would let the value inject further headers.
      if (/[\0-\x08\x0a-\x1f\x7f]/.test(value))
        throw new CloudflareError(`${where}: the ${name} header contains a control character.`);
    }
  }
}

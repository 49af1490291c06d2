import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { GENERATED_DIR, ROOT } from './paths.js';

/**
 * Builds and compiles a TypeScript program that checks, method by method, that code written for
 * Cloudflare's SDK (`cloudflare`) compiles against the generated client:
 *
 * - params: every variant of the SDK's params type (split per `type` literal, with exactly one of
 *   `account_id`/`zone_id`) is assignable to ours, as a type and as a full object literal built from
 *   the SDK's type (every property set, each union member in turn), so excess properties show;
 * - results: ours is assignable to the SDK's, and every property the SDK declares (at any depth,
 *   narrowing unions as SDK code would) can be read on ours, leaves with a compatible type.
 *
 * A first program reads the SDK's types; a second, reusing its files, holds the checks. Every
 * diagnostic comes back with the label of the check it is in.
 */

export interface Method {
  /** e.g. `zeroTrust.access.applications.create` */
  readonly id: string;
  readonly positional: number;
  readonly scope: 'account' | 'zone' | 'account_or_zone' | 'none';
}

export interface CompatDiagnostic {
  readonly label: string;
  readonly message: string;
  /** Line in the check program, for finding the check when a message is unclear. */
  readonly line: number;
}

export const PROGRAM_FILE = path.join(ROOT, 'test/types/sdk-compat.program.ts');

/** The methods of the generated client, from its api.json. */
export function generatedMethods(): Method[] {
  const api = JSON.parse(fs.readFileSync(path.join(GENERATED_DIR, 'api.json'), 'utf8')) as {
    methods: Record<string, { args: unknown[]; scope: Method['scope'] }>;
  };
  return Object.entries(api.methods).map(([id, m]) => ({ id, positional: m.args.length, scope: m.scope }));
}

const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  types: [],
};

const PRELUDE = `import type SdkClient from 'cloudflare';
import type { Cloudflare as OurClient } from 'zero-trust-client';
type Fn = (...args: any) => any;
type ParamsOf<F extends Fn, N extends number> = NonNullable<Parameters<F>[N]>;
type ResultOf<F extends Fn> = ReturnType<F> extends AsyncIterable<infer I> ? I : Awaited<ReturnType<F>>;
type AccountScoped<V> = V extends unknown ? Omit<V, 'account_id' | 'zone_id'> & { account_id: string } : never;
type ZoneScoped<V> = V extends unknown ? Omit<V, 'account_id' | 'zone_id'> & { zone_id: string } : never;
type Obj<T> = Exclude<NonNullable<T>, readonly unknown[] | string | number | boolean | bigint>;
type Has<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? T : never) : never;
`;

function accessPath(client: string, id: string): string {
  return client + id.split('.').map((p) => `['${p}']`).join('');
}

function program(files: Map<string, string>, oldProgram?: ts.Program): ts.Program {
  const host = ts.createCompilerHost(OPTIONS);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, onError) => {
    const text = files.get(fileName);
    if (text !== undefined) return ts.createSourceFile(fileName, text, language, true);
    return read(fileName, language, onError);
  };
  const exists = host.fileExists.bind(host);
  host.fileExists = (fileName) => files.has(fileName) || exists(fileName);
  return ts.createProgram({ rootNames: [...files.keys()], options: OPTIONS, host, oldProgram });
}

/** Checks every method; returns the diagnostics, each with the label of its check. */
export function checkCompatibility(methods: readonly Method[]): { diagnostics: CompatDiagnostic[]; source: string } {
  // Program 1: the SDK's params and result types, to walk.
  const declarations = methods
    .map((m, i) => {
      const sdk = accessPath('SdkClient', m.id);
      return `export declare const sp${i}: ParamsOf<${sdk}, ${m.positional}>;\nexport declare const sr${i}: ResultOf<${sdk}>;`;
    })
    .join('\n');
  const first = program(new Map([[PROGRAM_FILE, PRELUDE + declarations]]));
  const checker = first.getTypeChecker();
  const file = first.getSourceFile(PROGRAM_FILE)!;
  const declared = new Map<string, ts.Type>();
  file.forEachChild((node) => {
    if (!ts.isVariableStatement(node)) return;
    for (const d of node.declarationList.declarations) declared.set(d.name.getText(file), checker.getTypeAtLocation(d));
  });

  const out = new Writer();
  out.raw(PRELUDE);
  methods.forEach((m, i) => {
    const sdk = accessPath('SdkClient', m.id);
    const ours = accessPath('OurClient', m.id);
    out.raw(`type SP${i} = ParamsOf<${sdk}, ${m.positional}>;`);
    out.raw(`type OP${i} = ParamsOf<${ours}, ${m.positional}>;`);
    out.raw(`type SR${i} = ResultOf<${sdk}>;`);
    out.raw(`type OR${i} = ResultOf<${ours}>;`);
    const scoped = m.scope === 'account_or_zone';
    const scopes = scoped ? (['account', 'zone'] as const) : ([undefined] as const);
    const literalWriter = new LiteralWriter(checker);
    const variants = members(declared.get(`sp${i}`)!).flatMap((v) => literalWriter.perTypeLiteral(v));
    for (const scope of scopes) {
      const wrap = scope === 'account' ? 'AccountScoped' : scope === 'zone' ? 'ZoneScoped' : '';
      const split = variants.length > 1 && variants.some((v) => v.typeLiteral);
      const sdkTypes = split
        ? variants.map((v) => {
            const text = typeText(checker, v.type);
            const kind = v.typeLiteral ? ` & { type: ${checker.typeToString(v.typeLiteral)} }` : '';
            return wrap ? `${wrap}<${text}>${kind}` : `${text}${kind}`;
          })
        : [wrap ? `${wrap}<SP${i}>` : `SP${i}`];
      sdkTypes.forEach((sdkType, k) => {
        const variant = split ? ` ${variants[k]!.type.symbol.name}` : '';
        out.check(`${m.id} params type${variant}${scope ? ` (${scope})` : ''}`, [
          `export const pt${i}${scope ?? ''}_${k}: OP${i} = null! as ${sdkType};`,
        ]);
      });
    }
    if (scoped)
      out.check(`${m.id} params type (account_id and zone_id both optional)`, [
        `export const pr${i}: OP${i} = null! as SP${i};`,
      ]);
    const literals = literalWriter.literals(declared.get(`sp${i}`)!, scoped);
    literals.forEach((literal, k) => {
      out.check(`${m.id} params literal ${k}`, [`export const pl${i}_${k}: OP${i} = ${literal};`]);
    });
    out.check(`${m.id} result type`, [`export const rt${i}: SR${i} = null! as OR${i};`]);
    const reads = new ReadWriter(checker).reads(declared.get(`sr${i}`)!, `SR${i}`);
    // The same reads on the SDK's own type: what fails there is not code an SDK user can write.
    out.check(`${m.id} result reads`, [`export function rr${i}(v: OR${i}): void {`, ...reads, '}']);
    out.check(`${m.id} result reads (SDK)`, [`export function rs${i}(v: SR${i}): void {`, ...reads, '}']);
  });

  const source = out.text();
  const second = program(new Map([[PROGRAM_FILE, source]]), first);
  const all = ts.getPreEmitDiagnostics(second).map((d): CompatDiagnostic => {
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : -1;
    return {
      label: d.file?.fileName === PROGRAM_FILE ? out.labelAt(line) : (d.file?.fileName ?? 'program'),
      message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
      line: line + 1,
    };
  });
  const failsForSdk = new Set(
    all.filter((d) => d.label.endsWith(' (SDK)')).map((d) => `${d.label.slice(0, -6)}@${d.line - out.startOf(d.label)}`),
  );
  const diagnostics = all.filter(
    (d) => !d.label.endsWith(' (SDK)') && !failsForSdk.has(`${d.label}@${d.line - out.startOf(d.label)}`),
  );
  return { diagnostics, source };
}

/** A reference to a named SDK type that the check program can write, `import('cloudflare/...').A.B`. */
function typeText(checker: ts.TypeChecker, type: ts.Type): string {
  const symbol = type.aliasSymbol ?? type.symbol;
  const file = symbol.declarations![0]!.getSourceFile().fileName;
  const module = path
    .relative(path.join(ROOT, 'node_modules'), file)
    .replace(/\\/g, '/')
    .replace(/\.d\.(m|c)?ts$/, '');
  const qualified = checker.getFullyQualifiedName(symbol).replace(/^"[^"]*"\./, '');
  return `import('${module}').${qualified}`;
}

class Writer {
  private readonly lines: string[] = [];
  private readonly labels: { from: number; to: number; label: string }[] = [];

  raw(text: string): void {
    this.lines.push(...text.split('\n'));
  }

  check(label: string, lines: string[]): void {
    const from = this.lines.length;
    this.lines.push(`// ${label}`, ...lines);
    this.labels.push({ from, to: this.lines.length, label });
  }

  /** The first line (1-based) of a check's code. */
  startOf(label: string): number {
    return (this.labels.find((l) => l.label === label)?.from ?? 0) + 1;
  }

  labelAt(line: number): string {
    return this.labels.find((l) => line >= l.from && line < l.to)?.label ?? `line ${line + 1}`;
  }

  text(): string {
    return this.lines.join('\n') + '\n';
  }
}

/**
 * The `type` each SDK params variant stands for. The SDK types `type` of every application and
 * identity-provider variant as any of the kinds; ours takes one kind per variant.
 */
export const VARIANT_TYPES: Readonly<Record<string, string>> = {
  SelfHostedApplication: 'self_hosted',
  SaaSApplication: 'saas',
  BrowserSSHApplication: 'ssh',
  BrowserVNCApplication: 'vnc',
  AppLauncherApplication: 'app_launcher',
  DeviceEnrollmentPermissionsApplication: 'warp',
  BrowserIsolationPermissionsApplication: 'biso',
  GatewayIdentityProxyEndpointApplication: 'proxy_endpoint',
  BookmarkApplication: 'bookmark',
  InfrastructureApplication: 'infrastructure',
  BrowserRDPApplication: 'rdp',
  McpServerApplication: 'mcp',
  McpServerPortalApplication: 'mcp_portal',
  AzureAD: 'azureAD',
  AccessCentrify: 'centrify',
  AccessFacebook: 'facebook',
  AccessGitHub: 'github',
  AccessGoogle: 'google',
  AccessGoogleApps: 'google-apps',
  AccessLinkedin: 'linkedin',
  AccessOIDC: 'oidc',
  AccessOkta: 'okta',
  AccessOnelogin: 'onelogin',
  AccessPingone: 'pingone',
  AccessSAML: 'saml',
  AccessYandex: 'yandex',
  AccessOnetimepin: 'onetimepin',
  AccessCloudflare: 'cloudflare',
};

const MAX_DEPTH = 12;
/** Literals per params variant: enough for the widest union of this API's params (access rules). */
const MAX_LITERALS = 32;

function isNullish(t: ts.Type): boolean {
  return (t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void)) !== 0;
}

function members(t: ts.Type): ts.Type[] {
  return t.isUnion() ? t.types : [t];
}

/** Whether a type is an object with properties a value or a read can go into. */
function isObjectLike(checker: ts.TypeChecker, t: ts.Type): boolean {
  return (t.flags & ts.TypeFlags.Object) !== 0 && !checker.isArrayType(t) && !checker.isTupleType(t);
}

/**
 * Object literals that an SDK user could write for a params type: every property set; where the
 * type is a union, literal `k` takes member `k` (modulo the count), so each member appears once.
 */
class LiteralWriter {
  private widest = 1;

  constructor(private readonly checker: ts.TypeChecker) {}

  literals(params: ts.Type, scoped: boolean): string[] {
    const variants = members(params).flatMap((v) => this.perTypeLiteral(v));
    return variants.flatMap((variant) => {
      this.widest = scoped ? 2 : 1;
      const out: string[] = [];
      for (let k = 0; k < this.widest && k < MAX_LITERALS; k++) {
        const scope = scoped ? (k % 2 === 0 ? `account_id: 'a'` : `zone_id: 'z'`) : undefined;
        out.push(this.object(variant, k, 0, scope ? [scope] : [], scoped ? ['account_id', 'zone_id'] : []));
      }
      return out;
    });
  }

  /** An application or identity-provider variant with the one `type` it stands for. */
  perTypeLiteral(variant: ts.Type): { type: ts.Type; typeLiteral?: ts.Type }[] {
    const prop = variant.getProperty('type');
    const kind = VARIANT_TYPES[variant.symbol?.name ?? ''];
    if (!prop || kind === undefined) return [{ type: variant }];
    const literal = members(this.checker.getNonNullableType(this.checker.getTypeOfSymbol(prop))).find(
      (l) => l.isStringLiteral() && l.value === kind,
    );
    if (!literal) throw new Error(`${variant.symbol.name}: the SDK has no type "${kind}"`);
    return [{ type: variant, typeLiteral: literal }];
  }

  private object(
    target: ts.Type | { type: ts.Type; typeLiteral?: ts.Type },
    k: number,
    depth: number,
    extra: string[] = [],
    skip: string[] = [],
  ): string {
    const { type, typeLiteral } = 'flags' in target ? { type: target, typeLiteral: undefined } : target;
    const entries = [...extra];
    for (const prop of this.checker.getPropertiesOfType(type)) {
      if (skip.includes(prop.name)) continue;
      const propType =
        prop.name === 'type' && typeLiteral ? typeLiteral : this.checker.getTypeOfSymbol(prop);
      const value = this.value(propType, k, depth + 1);
      if (value !== undefined) entries.push(`${JSON.stringify(prop.name)}: ${value}`);
    }
    for (const info of this.checker.getIndexInfosOfType(type)) {
      const value = this.value(info.type, k, depth + 1);
      if (value !== undefined) entries.push(`"key": ${value}`);
    }
    return `{ ${entries.join(', ')} }`;
  }

  /** A value of `type`, or `undefined` where nothing should be written. */
  private value(type: ts.Type, k: number, depth: number): string | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const options = members(type).filter((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)));
    if (options.length === 0) return undefined;
    this.widest = Math.max(this.widest, options.length);
    const t = options[k % options.length]!;
    const f = t.flags;
    if (f & ts.TypeFlags.Null) return 'null';
    if (t.isStringLiteral()) return JSON.stringify(t.value);
    if (t.isNumberLiteral()) return String(t.value);
    if (f & ts.TypeFlags.BooleanLiteral) return (t as { intrinsicName?: string }).intrinsicName ?? 'true';
    if (f & (ts.TypeFlags.String | ts.TypeFlags.TemplateLiteral)) return `'s'`;
    if (f & ts.TypeFlags.Number) return '1';
    if (f & ts.TypeFlags.Boolean) return 'true';
    if (f & (ts.TypeFlags.Unknown | ts.TypeFlags.Any)) return `'unknown'`;
    if (this.checker.isArrayType(t) || this.checker.isTupleType(t)) {
      const element = this.checker.getTypeArguments(t as ts.TypeReference)[0];
      if (!element) return '[]';
      // One element per union member: each is checked against ours in the same literal.
      const items = members(element).filter((e) => !isNullish(e));
      const values = items.map((e) => this.value(e, k, depth + 1)).filter((v) => v !== undefined);
      return `[${values.join(', ')}]`;
    }
    if (isObjectLike(this.checker, t)) return this.object(t, k, depth);
    return undefined;
  }
}

/**
 * Statements reading, on a value of our result type, every property SDK code can read on the
 * SDK's: a union's common properties directly, a member's own ones after narrowing as SDK code
 * would (by a `type` literal, or by `'key' in value` for a key only that member has); leaves are
 * assigned to the SDK's type of them.
 */
class ReadWriter {
  private n = 0;
  private readonly lines: string[] = [];

  constructor(private readonly checker: ts.TypeChecker) {}

  reads(result: ts.Type, sdkType: string): string[] {
    this.walk([result], 'v', sdkType, 1, []);
    return this.lines;
  }

  private walk(types: ts.Type[], expr: string, sdkType: string, indent: number, stack: ts.Type[]): void {
    const options = types.flatMap(members).filter((t) => !isNullish(t));
    if (stack.length > MAX_DEPTH || options.some((t) => stack.includes(t))) return;
    const pad = '  '.repeat(indent);
    const inner = [...stack, ...options];
    const objects = options.filter((t) => isObjectLike(this.checker, t));
    const arrays = options.filter((t) => this.checker.isArrayType(t));
    if (objects.length === 0 && arrays.length === 0) {
      const v = `c${this.n++}`;
      this.lines.push(`${pad}const ${v}: NonNullable<${sdkType}> | null | undefined = ${expr};`, `${pad}void ${v};`);
      return;
    }
    if (arrays.length > 0) {
      const elements = arrays.map((a) => this.checker.getTypeArguments(a as ts.TypeReference)[0]!);
      const v = `v${this.n++}`;
      this.lines.push(`${pad}const ${v} = Array.isArray(${expr}) ? ${expr}[0] : undefined;`);
      this.walk(elements, v, `Extract<NonNullable<${sdkType}>, readonly unknown[]>[number]`, indent, inner);
    }
    if (objects.length === 0) return;
    const propsOf = (o: ts.Type) => this.checker.getPropertiesOfType(o).map((p) => p.name);
    const common = propsOf(objects[0]!).filter((name) => objects.every((o) => o.getProperty(name)));
    const whole = `Obj<${sdkType}>`;
    this.lines.push(`${pad}if (typeof ${expr} === 'object' && ${expr} !== null && !Array.isArray(${expr})) {`);
    this.readProps(objects, common, expr, whole, indent + 1, inner);
    this.lines.push(`${pad}}`);
    if (objects.length === 1) return;
    for (const object of objects) {
      const narrowing = this.narrowing(object, objects);
      if (!narrowing) continue;
      const own = propsOf(object).filter((name) => !common.includes(name));
      if (own.length === 0) continue;
      // A function of its own per member: the compiler gives up narrowing one variable many times in one body.
      const x = `n${this.n++}`;
      this.lines.push(`${pad}((${x}) => {`, `${pad}  if (${narrowing.condition(x)}) {`);
      this.readProps([object], own, x, `${narrowing.type(whole)}`, indent + 2, inner);
      this.lines.push(`${pad}  }`, `${pad}})(${expr});`);
    }
  }

  private readProps(objects: ts.Type[], names: string[], expr: string, sdkType: string, indent: number, stack: ts.Type[]) {
    const pad = '  '.repeat(indent);
    for (const name of names) {
      const v = `v${this.n++}`;
      const key = JSON.stringify(name);
      this.lines.push(`${pad}const ${v} = ${expr}[${key}];`);
      const types = objects.map((o) => this.checker.getTypeOfSymbol(o.getProperty(name)!));
      this.walk(types, v, `${sdkType}[${key}]`, indent, stack);
    }
  }

  /** How SDK code tells one object member of a union from the others, if it can. */
  private narrowing(
    object: ts.Type,
    objects: ts.Type[],
  ): { condition: (expr: string) => string; type: (whole: string) => string } | undefined {
    const others = objects.filter((o) => o !== object);
    const literalOf = (o: ts.Type) => {
      const prop = o.getProperty('type');
      const t = prop && this.checker.getNonNullableType(this.checker.getTypeOfSymbol(prop));
      return t?.isStringLiteral() ? t.value : undefined;
    };
    const literal = literalOf(object);
    if (literal !== undefined && others.every((o) => literalOf(o) !== undefined && literalOf(o) !== literal)) {
      const value = JSON.stringify(literal);
      return {
        condition: (e) => `typeof ${e} === 'object' && ${e} !== null && !Array.isArray(${e}) && ${e}.type === ${value}`,
        type: (whole) => `Extract<${whole}, { type?: ${value} }>`,
      };
    }
    const own = this.checker.getPropertiesOfType(object).find((p) => others.every((o) => !o.getProperty(p.name)));
    if (!own) return undefined;
    const key = JSON.stringify(own.name);
    return {
      condition: (e) => `typeof ${e} === 'object' && ${e} !== null && !Array.isArray(${e}) && ${key} in ${e}`,
      type: (whole) => `Has<${whole}, ${key}>`,
    };
  }
}

/** The field names a schema of an OpenAPI document describes, through `$ref`, `allOf`, `oneOf` and `anyOf`. */
export type Schema = { [keyword: string]: unknown };

export class SchemaFields {
  constructor(private readonly document: Schema) {}

  /** Follows `$ref`s (local ones: `#/components/schemas/X`) to a schema. */
  resolve(schema: unknown, seen = new Set<string>()): Schema {
    let current = (schema ?? {}) as Schema;
    while (typeof current['$ref'] === 'string') {
      const ref = current['$ref'];
      if (seen.has(ref)) return {};
      seen.add(ref);
      current =
        ref
          .slice(2)
          .split('/')
          .reduce<any>((node, key) => node?.[key.replaceAll('~1', '/').replaceAll('~0', '~')], this.document) ?? {};
    }
    return current;
  }

  /** Property name -> schema: every property any branch names (a union's variants together; a later `allOf` part wins). */
  properties(schema: unknown, depth = 0): Map<string, unknown> {
    const out = new Map<string, unknown>();
    if (depth > 20) return out;
    const s = this.resolve(schema);
    for (const [name, value] of Object.entries((s['properties'] ?? {}) as Schema)) out.set(name, value);
    for (const keyword of ['allOf', 'oneOf', 'anyOf']) {
      for (const branch of (s[keyword] ?? []) as unknown[]) {
        for (const [name, value] of this.properties(branch, depth + 1)) out.set(name, value);
      }
    }
    return out;
  }

  /** The item schema of an array (through refs and compositions), or the schema itself. */
  itemsOf(schema: unknown): unknown {
    const s = this.resolve(schema);
    if (s['items'] !== undefined) return s['items'];
    for (const keyword of ['allOf', 'oneOf', 'anyOf'])
      for (const branch of (s[keyword] ?? []) as unknown[]) {
        const b = this.resolve(branch);
        if (b['items'] !== undefined) return b['items'];
      }
    return schema;
  }
}

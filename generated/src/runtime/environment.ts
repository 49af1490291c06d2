// Copied from generator/runtime/environment.ts by `npm run generate`. Edit it there.
type ProcessLike = { readonly env?: Readonly<Record<string, string | undefined>> };

/** One variable; absent where there is no `process.env`, or where reading it is not permitted (Deno without --allow-env). */
function readVariable(name: string): string | undefined {
  try {
    const value = (globalThis as { process?: ProcessLike }).process?.env?.[name];
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The variables `names`, each read when it is looked up, not before: a client given credentials reads none. */
export function environment(names: readonly string[]): Readonly<Record<string, string | undefined>> {
  const env: Record<string, string | undefined> = Object.create(null);
  for (const name of names) Object.defineProperty(env, name, { enumerable: true, get: () => readVariable(name) });
  return env;
}

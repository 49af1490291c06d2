/**
 * An ES module as CommonJS, from the form oxc's module-runner transform gives it
 * (`moduleRunnerTransformSync`, the form Vite's module runner evaluates). That transform does
 * what a CommonJS compile does: each import becomes a call at the top of the module, each export
 * a getter on an exports object (so that bindings stay live), `export *` a call, and each use of
 * an imported binding a property read of the imported module. What is left is to give its hooks
 * their CommonJS names:
 *
 * | module runner | CommonJS |
 * | --- | --- |
 * | `await __vite_ssr_import__("./a.js", { importedNames: ["b"] })` | `require("./a.js")` |
 * | the same, importing `default` or the namespace | `__cjs_interop(require("./a.js"))` |
 * | `__vite_ssr_dynamic_import__("./a.js")` | `Promise.resolve().then(() => require("./a.js"))` |
 * | `__vite_ssr_exports__` | `exports` |
 * | `__vite_ssr_exportAll__(m)` | a function that copies m's exports but `default`, as getters |
 * | `__vite_ssr_import_0__`, `__vite_ssr_export_default__` | `__cjs_import0`, `__cjs_default` |
 *
 * A module that is not one of these (a package's CommonJS, Node's own) has no `default` export
 * of its own: as when an ES module imports it, its `module.exports` is the default, and its
 * properties are the names.
 *
 * Each hook is a whole name with a prefix of its own, which the source is checked not to hold, so
 * every occurrence is a hook; the new names have a prefix the source does not hold either
 * (`__cjs_`, else `__cjs1_`, ...), so they cannot meet a name of the source. A dynamic import
 * keeps its specifier literal, so that bundlers of the CommonJS build still find the module.
 */

/** The prefix of the module runner's hooks. */
const HOOK_PREFIX = '__vite_ssr_';

const STRING = String.raw`"(?:[^"\\\n]|\\.)*"`;

/** A hook with what goes with it: a static import (its specifier and imported names), a dynamic import, or any other. */
const HOOK = new RegExp(
  [
    String.raw`await __vite_ssr_import__\((${STRING})(, \{ importedNames: \[(?:\s*${STRING},?)*\s*\] \})?\)`,
    String.raw`__vite_ssr_dynamic_import__\((${STRING})\)`,
    String.raw`__vite_ssr_\w*`,
  ].join('|'),
  'g',
);

/** The names the module's CommonJS form gives its hooks and its helpers, all with `prefix`. */
class Names {
  readonly exportAll: string;
  readonly interop: string;

  constructor(readonly prefix: string) {
    this.exportAll = `${prefix}exportAll`;
    this.interop = `${prefix}interop`;
  }

  /** The first of `__cjs_`, `__cjs1_`, `__cjs2_`, ... that `esm` does not hold. */
  static for(esm: string): Names {
    let prefix = '__cjs_';
    for (let n = 1; esm.includes(prefix); n++) prefix = `__cjs${n}_`;
    return new Names(prefix);
  }

  /** `export * from` as the module runner does it: every export of `from` but `default` and those the module declares. */
  exportAllFunction(): string {
    return [
      `function ${this.exportAll}(from) {`,
      '\tfor (const name in from) {',
      '\t\tif (name !== "default" && !Object.hasOwn(exports, name)) Object.defineProperty(exports, name, { enumerable: true, get: () => from[name] });',
      '\t}',
      '}',
    ].join('\n');
  }

  /** What an ES module's default or namespace import gives: a module of this build as it is, any other with `module.exports` as its default. */
  interopFunction(): string {
    return [
      `function ${this.interop}(module) {`,
      '\tif (module?.__esModule) return module;',
      '\tconst namespace = Object.create(module !== null && (typeof module === "object" || typeof module === "function") ? module : null);',
      '\treturn Object.defineProperty(namespace, "default", { enumerable: true, value: module });',
      '}',
    ].join('\n');
  }

  /** The CommonJS name of a hook that is not an import. */
  of(hook: string): string {
    if (hook === '__vite_ssr_exports__') return 'exports';
    if (hook === '__vite_ssr_exportAll__') return this.exportAll;
    if (hook === '__vite_ssr_export_default__') return `${this.prefix}default`;
    const imported = /^__vite_ssr_import_(\d+)__$/.exec(hook);
    if (imported) return `${this.prefix}import${imported[1]}`;
    if (hook === '__vite_ssr_import_meta__') throw new Error('uses import.meta, which CommonJS has no form of');
    if (hook === '__vite_ssr_dynamic_import__')
      throw new Error(
        'calls import() with a specifier computed at run time; the CommonJS build needs a string literal',
      );
    throw new Error(`has a form the CommonJS build does not know (${hook})`);
  }
}

/**
 * `runner`: the module-runner form of the ES module `esm` (both as oxc prints them). Throws, with
 * what is wrong, for what CommonJS has no form of: `import.meta`, and an `import()` of a
 * specifier computed at run time.
 */
export function commonJsOf(esm: string, runner: string): string {
  if (esm.includes(HOOK_PREFIX))
    throw new Error(`holds "${HOOK_PREFIX}", a prefix the CommonJS build keeps for the hooks it renames`);
  const names = Names.for(esm);
  const used = new Set<string>();
  const body = runner.replace(HOOK, (hook, imported?: string, importedNames?: string, dynamic?: string) => {
    if (imported !== undefined) {
      // Only the names, and not `default` among them: the module's own exports are what is read.
      if (importedNames !== undefined && !/"default"/.test(importedNames)) return `require(${imported})`;
      used.add(names.interop);
      return `${names.interop}(require(${imported}))`;
    }
    if (dynamic !== undefined) return `Promise.resolve().then(() => require(${dynamic}))`;
    const name = names.of(hook);
    used.add(name);
    return name;
  });
  return [
    '"use strict";',
    'Object.defineProperty(exports, "__esModule", { value: true });',
    ...(used.has(names.exportAll) ? [names.exportAllFunction()] : []),
    ...(used.has(names.interop) ? [names.interopFunction()] : []),
    body,
  ].join('\n');
}

/** Whether compiled JavaScript does nothing: only comments (and a `#!` line) around `export {};`. */
export function isEmptyModule(js: string): boolean {
  return /^(?:#![^\n]*\n)?(?:\s|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*export \{\};\s*$/.test(js);
}

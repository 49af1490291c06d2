/**
 * The yaml library's errors as spec diagnostics. Three of its messages are sharpened: a duplicate
 * key is named, with the line of its first use; an unclosed `[` or `{` is reported where it
 * opens rather than where the parser gave up on it, often lines further down; and a second
 * document is said to be one, without the library's advice to call another function.
 */
import type { Document, LineCounter, YAMLError } from 'yaml';
import { yaml } from './yaml.js';
import type { Diagnostic } from './diagnostics.js';

export function yamlDiagnostics(
  file: string,
  errors: readonly YAMLError[],
  doc: Document,
  lines: LineCounter,
): Diagnostic[] {
  // The parser reports each unclosed collection where it gave up, several at one offset when
  // they nest (`[[1], [2`): the n-th report of a kind there is the n-th innermost of that kind.
  const unclosedSeen = new Map<string, number>();
  return errors.map((error) => {
    const unclosed = unclosedKind(error);
    if (!unclosed) return yamlDiagnostic(file, error, doc, lines);
    const seen = `${unclosed}@${error.pos[0]}`;
    const nth = unclosedSeen.get(seen) ?? 0;
    unclosedSeen.set(seen, nth + 1);
    return yamlDiagnostic(file, error, doc, lines, nth);
  });
}

/** `nth`: for an unclosed collection, how many of its kind the parser reported at the same place before it. */
function yamlDiagnostic(file: string, error: YAMLError, doc: Document, lines: LineCounter, nth = 0): Diagnostic {
  const at = (offset: number, message: string): Diagnostic => ({
    file,
    ...lines.linePos(offset),
    code: 'SPEC_SYNTAX',
    message,
  });
  const offset = error.pos[0];
  if (error.code === 'DUPLICATE_KEY') {
    const first = firstUseOfKeyAt(doc, offset);
    if (first)
      return at(
        offset,
        `key "${first.key}" appears twice in this mapping (first at line ${lines.linePos(first.offset).line})`,
      );
  }
  if (error.code === 'MULTIPLE_DOCS') return at(offset, 'a spec file is one YAML document; a second one starts here');
  const unclosed = unclosedKind(error);
  if (unclosed) {
    const open = unclosedFlowCollectionsEndingAt(doc, offset, unclosed === 'sequence')[nth];
    const [start, end] = unclosed === 'sequence' ? ['[', ']'] : ['{', '}'];
    if (open !== undefined) return at(open, `this "${start}" is never closed with "${end}"`);
  }
  // The parser recurses into nested collections; yaml-nesting.ts refuses a file nested deep enough
  // to end the stack first, so this is for a stack far smaller than node's.
  if (/call stack/i.test(error.message)) return at(offset, 'collections are nested too deeply to read');
  return at(offset, firstLine(error.message));
}

/** Which kind of flow collection the error says is never closed, if it says that. */
function unclosedKind(error: YAMLError): 'sequence' | 'map' | undefined {
  return /^Flow (sequence|map)\b/.exec(error.message)?.[1] as 'sequence' | 'map' | undefined;
}

/** The yaml library's first line is the message; the rest is a code frame we do not need. */
function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** For the repeated key that starts at `offset`: its text and the offset of its first use in the same mapping. */
function firstUseOfKeyAt(doc: Document, offset: number): { key: string; offset: number } | undefined {
  const { isScalar, visit } = yaml();
  let found: { key: string; offset: number } | undefined;
  visit(doc, {
    Map(_, map) {
      const keys = map.items.map((pair) => (isScalar(pair.key) ? pair.key : undefined));
      const repeated = keys.findIndex((k) => k?.range?.[0] === offset);
      if (repeated < 0) return undefined;
      const first = keys.find((k) => k !== undefined && k.value === keys[repeated]!.value);
      if (first?.range) found = { key: String(first.value), offset: first.range[0] };
      return visit.BREAK;
    },
  });
  return found;
}

/** Where the flow collections of the given kind that the parser ended at `offset` open, innermost first. */
function unclosedFlowCollectionsEndingAt(doc: Document, offset: number, sequence: boolean): number[] {
  const { isCollection, isMap, visit } = yaml();
  const starts: number[] = [];
  visit(doc, (_, node) => {
    if (!isCollection(node) || !node.flow || !node.range || isMap(node) === sequence) return;
    if (node.range[1] === offset) starts.push(node.range[0]);
  });
  return starts.sort((a, b) => b - a);
}

/** How far aliases may multiply a file's values (the yaml library's measure and default). */
export const MAX_ALIAS_COUNT = 100;

/**
 * Turning the document into values failed: aliases that refer to aliases (an "alias bomb")
 * would grow it beyond MAX_ALIAS_COUNT, or the library gave up for another reason. Reported at
 * the first alias of an alias, where the growth starts.
 */
export function aliasDiagnostic(file: string, error: unknown, doc: Document, lines: LineCounter): Diagnostic {
  const { visit } = yaml();
  const aliases: { offset: number; nested: boolean }[] = [];
  visit(doc, {
    Alias(_, alias) {
      const target = alias.resolve(doc);
      let nested = false;
      if (target) visit(target, { Alias: () => ((nested = true), visit.BREAK) });
      if (alias.range) aliases.push({ offset: alias.range[0], nested });
    },
  });
  const at = aliases.find((a) => a.nested) ?? aliases[0];
  const excessive = error instanceof Error && /alias count/i.test(error.message);
  const message = excessive
    ? `aliases of aliases here would repeat values more than ${MAX_ALIAS_COUNT} times; write the values out instead`
    : `the file cannot be read as values: ${error instanceof Error ? firstLine(error.message) : String(error)}`;
  return { file, ...lines.linePos(at?.offset ?? 0), code: 'SPEC_SYNTAX', message };
}

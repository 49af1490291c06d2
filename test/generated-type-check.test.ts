/**
 * Generation compiles the package file by file, without a type checker; here the packages
 * are type-checked whole, as `tsc --noEmit -p <package>/tsconfig.json` does, so that a
 * generator that writes code that does not compile fails the tests.
 */
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { writeFixtureOutput } from './helpers/fixture-output.js';
import { GENERATED_DIR, ROOT } from './helpers/paths.js';

/** Every error of `tsc --noEmit -p <dir>/tsconfig.json`, as `file:line message`. */
function typeCheck(dir: string): string[] {
  const host: ts.ParseConfigFileHost = {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic(d) {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  };
  const config = ts.getParsedCommandLineOfConfigFile(path.join(dir, 'tsconfig.json'), { noEmit: true }, host)!;
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
  return [...config.errors, ...ts.getPreEmitDiagnostics(program)].map((d) => {
    const where = d.file
      ? `${path.relative(ROOT, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
      : '';
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
}

describe('the generated package type-checks with its own tsconfig.json', () => {
  it('generated/, from spec/', () => {
    expect(typeCheck(GENERATED_DIR)).toEqual([]);
  }, 120_000);

  it('the package of the fixture spec', async () => {
    expect(typeCheck(await writeFixtureOutput('type-check'))).toEqual([]);
  }, 60_000);
});

import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPTIONS } from '../generator/cli-options.js';
import { LAUNCHER, run, runCli } from './helpers/cli.js';
import { FIXTURE_SPEC_DIR, ROOT } from './helpers/paths.js';

const cli = (...args: string[]) => runCli(work, args);

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'cli-'));
  await cp(FIXTURE_SPEC_DIR, path.join(work, 'spec'), { recursive: true });
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('npm run generate', () => {
  it('generates, then --check finds the output up to date', async () => {
    const first = await cli('--spec', 'spec', '--out', 'out', '--no-build');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /^wrote out\/: \d+ files \(types, client, schemas, mock, docs, api.json, openapi.json\), 5 models, 5 methods in [\d.]+ s\n$/,
    );
    const check = await cli('--spec', 'spec', '--out', 'out', '--check');
    expect(check).toMatchObject({ code: 0 });
  }, 30_000);

  it('--check exits 1 and names the files that differ, writing nothing', async () => {
    await writeFile(path.join(work, 'out/src/types/pets.ts'), '// edited\n');
    const check = await cli('--spec', 'spec', '--out', 'out', '--check');
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('out/src/types/pets.ts: differs from a fresh generation');
    expect(await readFile(path.join(work, 'out/src/types/pets.ts'), 'utf8')).toBe('// edited\n');
  }, 30_000);

  it('a spec error exits 2 with file:line:col and leaves the output untouched', async () => {
    const pets = path.join(work, 'spec/pets.yaml');
    const text = await readFile(pets, 'utf8');
    await writeFile(pets, text.replace('oneOf: [Cat, Dog]', 'oneOf: [Cat, Dgo]'));
    const result = await cli('--spec', 'spec', '--out', 'out');
    await writeFile(pets, text);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'error spec/pets.yaml:10:18: unknown type "Dgo" (did you mean "Dog"?)\n1 error in the spec; out was not changed.\n',
    );
    expect(await readFile(path.join(work, 'out/src/types/pets.ts'), 'utf8')).toBe('// edited\n');
  }, 30_000);

  it('a template that fails exits 3, naming it, and leaves the output untouched and no staging folder', async () => {
    const templates = path.join(work, 'broken-templates');
    await cp(path.join(ROOT, 'templates'), templates, { recursive: true });
    const method = path.join(templates, 'partials/method.md.hbs');
    await writeFile(method, `{{nope 1}}\n${await readFile(method, 'utf8')}`);
    const result = await cli('--spec', 'spec', '--templates', 'broken-templates', '--out', 'out');
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(
      /^generation failed: broken-templates\/partials\/method\.md\.hbs:1:\d+: unknown helper "nope"/,
    );
    expect(await readFile(path.join(work, 'out/src/types/pets.ts'), 'utf8')).toBe('// edited\n');
    expect((await readdir(work)).sort()).toEqual(['broken-templates', 'out', 'spec']);
  }, 30_000);

  it('prints help: every option on a line of its own, and the exit codes', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    const listed = help.stdout
      .split('\n')
      .map((line) => line.match(/^  (?:-\w, )?(--\S+)/)?.[1])
      .filter((option) => option !== undefined);
    expect(listed).toEqual(Object.keys(OPTIONS).map((name) => `--${name}`));
    expect(help.stdout).toContain('\nExit codes:\n  0  done;');
    for (const code of [1, 2, 3]) expect(help.stdout).toMatch(new RegExp(`^  ${code}  \\S`, 'm'));
  });

  it('prints the same help for -h', async () => {
    const [short, long] = await Promise.all([cli('-h'), cli('--help')]);
    expect(short).toEqual(long);
    expect(short.stdout).toContain('  -h, --help       print this help\n');
  });

  it('--quiet prints errors only', async () => {
    const quiet = await cli('--spec', 'spec', '--out', 'quiet-out', '--no-build', '--quiet');
    expect(quiet).toEqual({ code: 0, stdout: '', stderr: '' });
    const pets = path.join(work, 'spec/pets.yaml');
    const text = await readFile(pets, 'utf8');
    await writeFile(pets, text.replace('oneOf: [Cat, Dog]', 'oneOf: [Cat, Dgo]'));
    const broken = await cli('--spec', 'spec', '--out', 'quiet-out', '--no-build', '--quiet');
    await writeFile(pets, text);
    expect(broken).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'error spec/pets.yaml:10:18: unknown type "Dgo" (did you mean "Dog"?)\n1 error in the spec; quiet-out was not changed.\n',
    });
  }, 30_000);

  it('rejects an unknown option, suggesting the one meant, and modes that do not go together, with exit 3', async () => {
    expect(await cli('--chek')).toEqual({
      code: 3,
      stdout: '',
      stderr: 'Unknown option --chek (did you mean --check?)\nRun npm run generate -- --help for the options.\n',
    });
    expect(await cli('--spec', 'spec', '--no-bulid')).toMatchObject({
      code: 3,
      stderr: 'Unknown option --no-bulid (did you mean --no-build?)\nRun npm run generate -- --help for the options.\n',
    });
    expect(await cli('--bogus')).toMatchObject({
      code: 3,
      stderr: 'Unknown option --bogus\nRun npm run generate -- --help for the options.\n',
    });
    expect(await cli('-x')).toMatchObject({ code: 3, stderr: expect.stringMatching(/^Unknown option -x\n/) });
    expect(await cli('--check', '--diff')).toMatchObject({
      code: 3,
      stderr: '--check and --diff cannot be used together.\n',
    });
  });
});

describe('mistakes on the command line', () => {
  it('a spec or templates folder that does not exist, or is a file, is named, with exit 3 and nothing written', async () => {
    expect(await cli('--spec', 'nope', '--out', 'never')).toEqual({
      code: 3,
      stdout: '',
      stderr: 'the spec folder nope does not exist; name another with --spec DIR\n',
    });
    expect(await cli('--spec', 'spec', '--templates', 'nope', '--out', 'never', '--check')).toEqual({
      code: 3,
      stdout: '',
      stderr: 'the templates folder nope does not exist; name another with --templates DIR\n',
    });
    expect(await cli('--spec', 'spec/pets.yaml', '--out', 'never', '--diff')).toMatchObject({
      code: 3,
      stderr: 'the spec folder spec/pets.yaml is not a folder; name another with --spec DIR\n',
    });
    await expect(readFile(path.join(work, 'never/package.json'))).rejects.toThrow(/ENOENT/);
  });

  // npm keeps an option that comes without `--` before it (`npm run generate --check`) and only
  // sets npm_config_check: a real npm runs real scripts here, through the launcher the
  // repository's scripts use.
  it('refuses options that npm kept for itself, saying what to type, and writes nothing', async () => {
    const command = `node ${LAUNCHER} --spec spec --out npm-out --no-build`;
    await writeFile(
      path.join(work, 'package.json'),
      JSON.stringify({ private: true, scripts: { generate: command, check: `${command} --check` } }),
    );
    const npm = async (...args: string[]) => {
      try {
        return { code: 0, ...(await run('npm', args, { cwd: work, env: { ...process.env, NO_COLOR: '1' } })) };
      } catch (error) {
        return error as { code: number; stdout: string; stderr: string };
      }
    };
    const forgotten = await npm('run', 'generate', '--check');
    expect(forgotten.code).toBe(3);
    expect(forgotten.stderr).toContain(
      'npm kept --check for itself (there is no -- before it), so the generator never saw it; nothing was done.\n' +
        'Write: npm run generate -- --check (or npm run check)\n',
    );
    const two = await npm('run', 'generate', '--watch', '--out', 'x');
    expect(two.code).toBe(3);
    expect(two.stderr).toContain(
      'npm kept --watch --out DIR for itself (there is no -- before them), so the generator never saw them; nothing was done.\n' +
        'Write: npm run generate -- --watch --out DIR\n',
    );
    await expect(readFile(path.join(work, 'npm-out/package.json'))).rejects.toThrow(/ENOENT/);
    const passed = await npm('run', 'generate', '--', '--help');
    expect(passed).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: npm run generate -- [options]') });
  }, 30_000);
});

describe('colours', () => {
  it('are off when the output is not a terminal, even without NO_COLOR', async () => {
    const result = await runCli(work, ['--spec', 'spec', '--out', 'colour-out', '--no-build'], { NO_COLOR: undefined });
    expect(result.code).toBe(0);
    expect(result.stdout + result.stderr).not.toContain('\x1b[');
  }, 30_000);

  // `script` (util-linux, on every Debian machine) runs the CLI on a pseudo-terminal, as a person would.
  it('are on in a terminal, and off there when NO_COLOR is set', async () => {
    const command = [process.execPath, LAUNCHER, '--spec', 'spec', '--out', 'colour-out', '--no-build']
      .map(shellQuote)
      .join(' ');
    const inTerminal = (env: Record<string, string | undefined>) =>
      run('script', ['-qec', command, '/dev/null'], { cwd: work, env: { ...process.env, ...env } });
    const coloured = await inTerminal({ NO_COLOR: undefined });
    expect(coloured.stdout).toContain('\x1b[32mwrote\x1b[0m colour-out/: ');
    const plain = await inTerminal({ NO_COLOR: '1' });
    expect(plain.stdout).toContain('wrote colour-out/: ');
    expect(plain.stdout).not.toContain('\x1b[');
  }, 30_000);
});

function shellQuote(arg: string): string {
  return `'${arg.replaceAll("'", `'\\''`)}'`;
}

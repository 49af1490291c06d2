/**
 * Part 6, package size: each package as a user gets it. Ours is packed from generated/ by
 * `npm pack`, the SDK's tarball (the version the repository installs) is packed from npm's
 * cache; each tarball is installed by `npm install` into an empty project of its own, outside
 * the repository, and the files are counted: the package alone, and with its dependencies.
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { installInto, npmPack, treeSize } from '../helpers/npm-package.js';
import { discard } from './discard.js';
import { ROOT } from './paths.js';

export interface PackageFigure {
  readonly subject: 'zero-trust-client' | 'cloudflare';
  readonly version: string;
  readonly tarballBytes: number;
  /** The package's own folder in node_modules. */
  readonly packageBytes: number;
  readonly packageFiles: number;
  /** What the package's files take on disk, in whole blocks, as `du` counts. */
  readonly packageDiskBytes: number;
  /** Every package installed with it (node_modules/.bin and npm's lock file left out). */
  readonly installedBytes: number;
  readonly installedFiles: number;
  readonly installedDiskBytes: number;
  /** The other packages installed, by name. */
  readonly dependencies: readonly string[];
}

async function measurePackage(
  subject: PackageFigure['subject'],
  source: string,
  scratch: string,
): Promise<PackageFigure> {
  const dir = path.join(scratch, subject);
  const packed = await npmPack(source, scratch);
  await installInto(dir, [packed.tarball]);
  const modules = path.join(dir, 'node_modules');
  const names = (await readdir(modules)).filter((name) => !name.startsWith('.'));
  // Scoped packages (@types/…) are a folder of packages.
  const packages = (
    await Promise.all(
      names.map(async (name) =>
        name.startsWith('@') ? (await readdir(path.join(modules, name))).map((n) => `${name}/${n}`) : [name],
      ),
    )
  ).flat();
  const sizes = new Map(
    await Promise.all(packages.map(async (name) => [name, await treeSize(path.join(modules, name))] as const)),
  );
  const own = sizes.get(subject)!;
  const version = (
    JSON.parse(await readFile(path.join(modules, subject, 'package.json'), 'utf8')) as { version: string }
  ).version;
  return {
    subject,
    version,
    tarballBytes: packed.size,
    packageBytes: own.bytes,
    packageFiles: own.files,
    packageDiskBytes: own.diskBytes,
    installedBytes: [...sizes.values()].reduce((sum, s) => sum + s.bytes, 0),
    installedFiles: [...sizes.values()].reduce((sum, s) => sum + s.files, 0),
    installedDiskBytes: [...sizes.values()].reduce((sum, s) => sum + s.diskBytes, 0),
    dependencies: packages.filter((name) => name !== subject).sort(),
  };
}

export async function benchPackages(log: (line: string) => void): Promise<PackageFigure[]> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'bench-package-'));
  try {
    const sdkVersion = (
      JSON.parse(await readFile(path.join(ROOT, 'node_modules/cloudflare/package.json'), 'utf8')) as { version: string }
    ).version;
    log('package: zero-trust-client');
    const ours = await measurePackage('zero-trust-client', path.join(ROOT, 'generated'), scratch);
    log(`package: cloudflare@${sdkVersion}`);
    const sdk = await measurePackage('cloudflare', `cloudflare@${sdkVersion}`, scratch);
    return [ours, sdk];
  } finally {
    await discard(scratch);
  }
}

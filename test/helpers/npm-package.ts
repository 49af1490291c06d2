/** A package as its users get it: packed by `npm pack`, installed by `npm install` into a project of its own. */
import { execFile } from 'node:child_process';
import { lstat, mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** What `npm pack --json` says of the tarball it wrote. */
export interface Packed {
  /** The tarball's path. */
  readonly tarball: string;
  /** Bytes of the tarball. */
  readonly size: number;
  /** Bytes of the files in it. */
  readonly unpackedSize: number;
  readonly files: readonly { readonly path: string; readonly size: number }[];
}

/**
 * `npm pack` of `spec` (a package's folder, or a registry spec such as `cloudflare@7.3.0`,
 * from npm's cache where it has it), the tarball written to `destination`.
 */
export async function npmPack(spec: string, destination: string): Promise<Packed> {
  const args = ['pack', spec, '--pack-destination', destination, '--json', '--prefer-offline'];
  // The SDK's file list alone is megabytes of JSON.
  const { stdout } = await run('npm', args, { cwd: destination, maxBuffer: 256 * 1024 * 1024 });
  const [packed] = JSON.parse(stdout) as (Omit<Packed, 'tarball'> & { filename: string })[];
  return { ...packed!, tarball: path.join(destination, packed!.filename) };
}

/**
 * A new project in `dir` (an ES module package) with `specs` installed by `npm install`, from
 * npm's cache where it has them (`--prefer-offline`); `flags` are more of npm install's options.
 */
export async function installInto(dir: string, specs: readonly string[], flags: readonly string[] = []): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name: path.basename(dir), private: true, type: 'module' })}\n`,
  );
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', ...flags, ...specs], { cwd: dir });
}

/**
 * The files below `dir` (symbolic links neither followed nor counted): how many, their bytes,
 * and the disk space they take, as `du` counts it (whole blocks).
 */
export async function treeSize(dir: string): Promise<{ bytes: number; diskBytes: number; files: number }> {
  let bytes = 0;
  let diskBytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const stats = await lstat(path.join(entry.parentPath, entry.name));
    bytes += stats.size;
    diskBytes += stats.blocks * 512;
    files += 1;
  }
  return { bytes, diskBytes, files };
}

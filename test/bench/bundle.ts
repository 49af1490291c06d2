/** Part 4, bundle size: esbuild (bundle, minify, tree shaking, esm, code splitting; for Node or browsers) of small consumers. */
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { BENCH_DIR } from './paths.js';

export interface BundleVariant {
  readonly id: string;
  readonly label: string;
  readonly entry: string;
  /** Packages left out of the bundle. */
  readonly external?: readonly string[];
  /** Default 'node'; 'browser' bundles what a browser loads (the package's fetch transport, no undici). */
  readonly platform?: 'node' | 'browser';
}

export const BUNDLE_VARIANTS: readonly BundleVariant[] = [
  { id: 'ours-groups', label: 'ours, groups only', entry: 'bundle-ours-groups.ts' },
  { id: 'ours-groups-strict', label: "ours, groups only, validation 'strict'", entry: 'bundle-ours-groups-strict.ts' },
  {
    id: 'ours-groups-undici-external',
    label: 'ours, groups only, undici external',
    entry: 'bundle-ours-groups.ts',
    external: ['undici'],
  },
  { id: 'ours-all', label: 'ours, every resource', entry: 'bundle-ours-all.ts' },
  { id: 'ours-all-strict', label: "ours, every resource, validation 'strict'", entry: 'bundle-ours-all-strict.ts' },
  { id: 'sdk-groups', label: 'SDK, groups only', entry: 'bundle-sdk-groups.ts' },
  {
    id: 'sdk-groups-tree-shakable',
    label: "SDK, groups only, via 'cloudflare/tree-shakable'",
    entry: 'bundle-sdk-groups-tree-shakable.ts',
  },
  { id: 'sdk-all', label: 'SDK, every resource', entry: 'bundle-sdk-all.ts' },
  {
    id: 'ours-browser-groups',
    label: 'ours, browser, list and create groups',
    entry: 'bundle-ours-groups-browser.ts',
    platform: 'browser',
  },
  {
    id: 'ours-browser-groups-tree-shakable',
    label: "ours, browser, list and create groups, via 'zero-trust-client/tree-shakable'",
    entry: 'bundle-ours-groups-browser-tree-shakable.ts',
    platform: 'browser',
  },
  {
    id: 'sdk-browser-groups-tree-shakable',
    label: "SDK, browser, groups only, via 'cloudflare/tree-shakable'",
    entry: 'bundle-sdk-groups-tree-shakable.ts',
    platform: 'browser',
  },
];

export interface BundleFigure {
  readonly variant: string;
  readonly chunks: number;
  /** Every output chunk, minified. */
  readonly bytes: number;
  readonly gzipBytes: number;
  /** The entry chunk and the chunks it imports statically: what loading the consumer loads. */
  readonly eagerBytes: number;
  /** The same chunks, gzipped one by one. */
  readonly eagerGzipBytes: number;
  /** Chunks reached only through dynamic imports (zod and the validators, loaded on first validation). */
  readonly lazyBytes: number;
}

/** Output chunks reachable from the entry through static imports. */
function eagerChunks(metafile: Metafile): Set<string> {
  const entry = Object.entries(metafile.outputs).find(([, output]) => output.entryPoint)?.[0];
  const eager = new Set<string>();
  const visit = (file: string) => {
    if (eager.has(file)) return;
    eager.add(file);
    for (const imported of metafile.outputs[file]?.imports ?? [])
      if (imported.kind === 'import-statement') visit(imported.path);
  };
  if (entry) visit(entry);
  return eager;
}

export async function measureBundle(variant: BundleVariant): Promise<BundleFigure> {
  // Nothing is written: the output directory only names the chunks.
  const outdir = path.join(os.tmpdir(), 'bench-bundle');
  const result = await build({
    entryPoints: [path.join(BENCH_DIR, 'consumers', variant.entry)],
    outdir,
    bundle: true,
    minify: true,
    treeShaking: true,
    splitting: true,
    platform: variant.platform ?? 'node',
    format: 'esm',
    target: variant.platform === 'browser' ? 'es2022' : 'node20',
    external: [...(variant.external ?? [])],
    metafile: true,
    write: false,
    logLevel: 'error',
  });
  const chunks = result.outputFiles.filter((file) => file.path.endsWith('.js'));
  const eager = eagerChunks(result.metafile);
  const relative = (file: string) => path.relative(process.cwd(), file);
  const size = (files: typeof chunks) => files.reduce((sum, file) => sum + file.contents.byteLength, 0);
  const gzipSize = (files: typeof chunks) => files.reduce((sum, file) => sum + gzipSync(file.contents).byteLength, 0);
  const eagerFiles = chunks.filter((file) => eager.has(relative(file.path)));
  return {
    variant: variant.id,
    chunks: chunks.length,
    bytes: size(chunks),
    gzipBytes: gzipSize(chunks),
    eagerBytes: size(eagerFiles),
    eagerGzipBytes: gzipSize(eagerFiles),
    lazyBytes: size(chunks.filter((file) => !eager.has(relative(file.path)))),
  };
}

export async function benchBundles(log: (line: string) => void): Promise<BundleFigure[]> {
  const figures: BundleFigure[] = [];
  for (const variant of BUNDLE_VARIANTS) {
    log(`bundle: ${variant.id}`);
    figures.push(await measureBundle(variant));
  }
  return figures;
}

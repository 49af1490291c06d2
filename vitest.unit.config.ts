import { defineConfig } from 'vitest/config';

/** `npm run test:unit`: the generator's unit tests, with no generation to disk, no processes and no servers. */
export default defineConfig({
  test: {
    include: ['test/generator/**/*.test.ts'],
    exclude: [
      'test/generator/build.test.ts',
      'test/generator/emit/code-thread.test.ts',
      'test/generator/emit/schemas.test.ts',
      'test/generator/file-watcher.test.ts',
      'test/generator/format-biome.test.ts',
      'test/generator/fingerprint.test.ts',
      'test/generator/hostile-text.test.ts',
      'test/generator/invalid-specs.test.ts',
      'test/generator/properties.test.ts',
      'test/generator/write.test.ts',
    ],
    reporters: ['default', './test/helpers/summary-reporter.ts'],
    // The files share one module graph, which spares each its imports (half the run): none of them
    // mocks a module or changes a global, and the fixture spec's output is then generated once.
    isolate: false,
  },
});

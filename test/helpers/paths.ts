import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SPEC_DIR = path.join(ROOT, 'spec');
export const GENERATED_DIR = path.join(ROOT, 'generated');
export const FIXTURE_SPEC_DIR = path.join(ROOT, 'test/fixtures/spec');
export const INPUTS = {
  templatesDir: path.join(ROOT, 'templates'),
  runtimeDir: path.join(ROOT, 'generator/runtime'),
  mockDir: path.join(ROOT, 'generator/mock'),
  specLabel: 'spec',
};

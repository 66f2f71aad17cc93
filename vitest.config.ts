import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (p: string): string => fileURLToPath(new URL(`./packages/${p}`, import.meta.url));

// Tests run against the TypeScript sources, never a stale dist/.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@piguard\/core\/testing$/, replacement: src('core/src/testing/index.ts') },
      { find: /^@piguard\/core$/, replacement: src('core/src/index.ts') },
      { find: /^@piguard\/scan\/reporters$/, replacement: src('scan/src/reporters/index.ts') },
      { find: /^@piguard\/scan$/, replacement: src('scan/src/index.ts') },
      { find: /^@piguard\/workbench$/, replacement: src('workbench/src/index.ts') },
    ],
  },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'eval/**/*.test.ts',
      'bench/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});

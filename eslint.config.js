// ESLint flat config: typescript-eslint's recommended rules, plus the architecture's import boundaries
// (DESIGN.md "The parts": core imports nothing of ours and no node:*, scan never imports workbench or cli).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'coverage/**', '.bench/**', '.eval/**', 'packages/workbench/src/ui/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        URL: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        performance: 'readonly',
        structuredClone: 'readonly',
        AbortController: 'readonly',
        fetch: 'readonly',
        queueMicrotask: 'readonly',
        setImmediate: 'readonly',
        window: 'readonly',
        document: 'readonly',
      },
    },
    rules: {
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          // Bare built-in names go in `paths` (exact names): as gitignore-style patterns they would also
          // forbid our own folders of the same name (core/src/crypto, the pure-TypeScript hashes).
          paths: ['fs', 'path', 'os', 'crypto', 'http', 'https', 'net', 'child_process', 'worker_threads'].map((name) => ({
            name,
            message: 'core is pure: no I/O or Node built-ins (DESIGN.md).',
          })),
          patterns: [
            {
              group: ['node:*'],
              message: 'core is pure: no I/O or Node built-ins (DESIGN.md).',
            },
            { group: ['@piguard/*'], message: 'core imports nothing of ours.' },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/scan/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@piguard/workbench', '@piguard/cli', '@piguard/workbench/*', '@piguard/cli/*'],
              message: 'scan may import core only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/workbench/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@piguard/cli', '@piguard/cli/*'], message: 'workbench may import core and scan only.' }] },
      ],
    },
  },
);

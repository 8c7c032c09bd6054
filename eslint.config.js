// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/** What the pure pipeline may not import: it runs unchanged in Node, a worker and the page. */
const GLUE = ['wxt', 'wxt/*', 'webextension-polyfill', '@wxt-dev/*', 'preact', 'preact/*'];

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'tests/fixtures/', 'tests/pages/', 'scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['utils/pipeline/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: GLUE, message: 'The pipeline runs outside the extension: no browser or UI imports.' },
            {
              group: ['../../*', '!../../pipeline/*'],
              message: 'The pipeline imports nothing outside utils/pipeline.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);

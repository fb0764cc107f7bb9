import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import tseslint from 'typescript-eslint';

/** Imports flow one way: app → features → components/lib/api → contract. */
const restrict = (patterns) => ['error', { patterns }];

export default defineConfig([
  globalIgnores([
    'dist',
    'var',
    'node_modules',
    'coverage',
    'test-results',
    'playwright-report',
    'public/mockServiceWorker.js',
  ]),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended, ...pluginQuery.configs['flat/recommended']],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['contract/**'],
    rules: {
      'no-restricted-imports': restrict([
        {
          group: ['**/server/**', '**/src/**', '**/mocks/**'],
          message: 'contract/ imports nothing of server, SPA or mocks.',
        },
      ]),
    },
  },
  {
    files: ['server/**'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/src/**', '**/mocks/**'], message: 'The server does not import the SPA.' },
      ]),
    },
  },
  {
    files: ['src/components/**', 'src/lib/**', 'src/api/**'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/features/**', '**/app/**'], message: 'Shared parts do not import features or the app.' },
      ]),
    },
  },
  {
    files: ['src/features/**'],
    rules: {
      'no-restricted-imports': restrict([
        { group: ['**/app/**'], message: 'Features do not import the app layer.' },
        { group: ['**/server/**'], message: 'The SPA talks to the server only through the API.' },
      ]),
    },
  },
]);

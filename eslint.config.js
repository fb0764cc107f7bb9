import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';
import { boundaryZones } from './lint/boundaries.js';

const root = import.meta.dirname;
/** Tests and what only tests import: exempt from the size rules, and allowed the scripts' helpers. */
const TESTS = ['**/*.test.{ts,tsx}', 'tests/**', '**/*test-support.ts', '**/test-helpers.ts'];

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
    files: ['**/*.{ts,tsx,js,cjs}'],
    extends: [
      js.configs.recommended,
      ...tseslint.configs.recommendedTypeChecked,
      ...pluginQuery.configs['flat/recommended'],
    ],
    plugins: { 'import-x': importX },
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
      // Type-aware rules read each file's own tsconfig (app, node or e2e) through the project service.
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })] },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Who may import whom: lint/boundaries.js (cycles, type imports included: .dependency-cruiser.cjs).
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: boundaryZones(root) }],
    },
  },
  // The configuration's own JavaScript has no tsconfig: lint it without type information.
  { files: ['**/*.{js,cjs}'], extends: [tseslint.configs.disableTypeChecked] },
  {
    // Small modules a reader takes in at once; tests (long tables of cases) are exempt.
    files: ['**/*.{ts,tsx}'],
    // A namespace's messages.sv.ts and messages.en.ts are tables of strings, not code to split.
    ignores: [...TESTS, '**/messages.{sv,en}.ts'],
    rules: {
      'max-lines': ['error', { max: 250, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: [...TESTS, 'mocks/**'],
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: boundaryZones(root, { tests: true }) }],
    },
  },
  {
    // Vitest's asymmetric matchers (expect.any, expect.stringMatching, …) are typed `any` by design.
    files: TESTS,
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
]);

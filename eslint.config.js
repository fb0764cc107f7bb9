import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';
import { boundaryZones } from './lint/boundaries.js';

const root = import.meta.dirname;
const TESTS = ['**/*.test.{ts,tsx}', 'tests/**', 'mocks/**'];

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
    files: ['**/*.{ts,tsx,js}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended, ...pluginQuery.configs['flat/recommended']],
    plugins: { 'import-x': importX },
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })] },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Who may import whom: lint/boundaries.js (cycles, type imports included: .dependency-cruiser.cjs).
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: boundaryZones(root) }],
    },
  },
  {
    files: TESTS,
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: boundaryZones(root, { tests: true }) }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
]);

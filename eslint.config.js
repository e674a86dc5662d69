import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench-results',
      'link-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Imports flow one way: model → derive → store → features → app.
    files: ['src/model/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '**/derive/**',
            '**/store/**',
            '**/features/**',
            '**/app/**',
            'react',
            'zustand',
          ],
        },
      ],
    },
  },
  {
    files: ['src/derive/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '**/store/**',
            '**/features/**',
            '**/app/**',
            'react',
            'react-dom',
            'zustand',
            'recharts',
          ],
        },
      ],
    },
  },
  {
    files: ['src/store/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/features/**', '**/app/**'] }],
    },
  },
  {
    // Fenced features: another feature is reached through its index.ts only; features/common
    // is a library of small modules, imported by path (a barrel would tie first-paint code to
    // lazy code). Dynamic import() is not checked, so a lazily loaded view keeps its own chunk.
    files: ['src/features/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/app/**'], message: 'Imports flow one way: features never import app.' },
            {
              regex: '^\\.\\./(?!common/)[^./][^/]*/.+',
              message:
                "Import another feature through its index ('../<feature>'), not its files; features/common may be imported by path.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./features/(?!common/)[^/]+/.+',
              message:
                "Import a feature through its index ('../features/<feature>'), not its files; features/common may be imported by path.",
            },
          ],
        },
      ],
    },
  },
);

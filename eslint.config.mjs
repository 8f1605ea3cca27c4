import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.playground/', 'bench/', 'coverage/', '.scratch/', 'reports/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The add-on runs in Apps Script V8: no Node built-ins, no host globals beyond the services.
    files: ['src/**/*.ts'],
    ignores: ['src/pages/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'crypto', 'util'] }],
      'no-restricted-globals': [
        'error',
        'process',
        'require',
        'Buffer',
        'setTimeout',
        'setInterval',
        'TextEncoder',
        'TextDecoder',
        'URL',
        'fetch',
      ],
    },
  },
);

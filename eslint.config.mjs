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
    // The emulator is a library apart: it knows nothing of the add-on and imports nothing from src/.
    files: ['emulator/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/src/**', '**/src'], message: 'The emulator imports nothing from src/.' }] },
      ],
    },
  },
  {
    // The add-on runs in Apps Script V8: no Node built-ins, no host globals beyond the services.
    files: ['src/**/*.ts'],
    ignores: ['src/sidebar/**', 'src/wallboard/**', 'src/client/**'],
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

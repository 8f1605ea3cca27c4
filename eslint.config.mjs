import tseslint from 'typescript-eslint';

/** Host globals Node or a browser has and Apps Script V8 has not (docs/platform.md, "Build and tooling"). */
const notInAppsScript = [
  'process',
  'require',
  'Buffer',
  'setTimeout',
  'setInterval',
  'TextEncoder',
  'TextDecoder',
  'URL',
  'fetch',
];

/** Apps Script's services: src/core/ is the pure domain and reaches none of them (src/gas/ does). */
const appsScriptServices = [
  'SpreadsheetApp',
  'DriveApp',
  'Drive',
  'DocumentApp',
  'MailApp',
  'GmailApp',
  'PropertiesService',
  'CacheService',
  'LockService',
  'ScriptApp',
  'Session',
  'Utilities',
  'HtmlService',
  'UrlFetchApp',
  'Logger',
  'ContentService',
  'CardService',
  'Browser',
  'Charts',
  'google',
].map((name) => ({
  name,
  message: `src/core/ is the pure domain: ${name} belongs in src/gas/ or src/server/, which pass core what it needs.`,
}));

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
        {
          patterns: [{ group: ['**/src/**', '**/src'], message: 'The emulator imports nothing from src/.' }],
        },
      ],
    },
  },
  {
    // The add-on runs in Apps Script V8: no Node built-ins, no host globals beyond the services.
    files: ['src/**/*.ts'],
    ignores: ['src/sidebar/**', 'src/wallboard/**', 'src/report/**', 'src/client/**', 'src/plans/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'crypto', 'util'] }],
      'no-restricted-globals': ['error', ...notInAppsScript],
    },
  },
  {
    // The pure domain: tested directly in Node, so no Apps Script service either. (A later block's rule
    // replaces an earlier one's for the same files: the host globals are listed again.)
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...notInAppsScript, ...appsScriptServices],
    },
  },
);

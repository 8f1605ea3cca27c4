// Adds up the jest runs of `npm test` (each writes reports/jest-*.json) into one closing line.
import { readdirSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const f of readdirSync('reports').filter((f) => f.startsWith('jest-') && f.endsWith('.json'))) {
  const r = JSON.parse(readFileSync(`reports/${f}`, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);

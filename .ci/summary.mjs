// Prints the one line CI reads: "N passed, N failed", from Vitest's JSON report.
// A step that failed before or outside Vitest (typecheck, lint, build) counts as one failure.
import { existsSync, readFileSync, statSync } from 'node:fs';

const [reportPath, exitCode, startedAt] = process.argv.slice(2);
let passed = 0;
let failed = 0;
if (existsSync(reportPath) && statSync(reportPath).mtimeMs >= Number(startedAt)) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  passed = report.numPassedTests;
  failed = report.numFailedTests;
  // Files that crashed before their tests ran (import errors) report no tests: count them.
  failed += report.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
}
if (Number(exitCode) !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);

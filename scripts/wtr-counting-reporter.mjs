// Counts passed, failed and skipped tests of a @web/test-runner run and writes them as JSON,
// so that the test script can add every suite up into one `N passed, N failed` line.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function count(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function countingReporter(file, suiteName) {
  return {
    onTestRunFinished({ sessions }) {
      if (!file) return;
      const totals = { suite: suiteName, passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = totals.failed + totals.passed;
        count(session.testResults, totals);
        // A test file that failed to load or run reports errors but no tests: count it as a failure.
        if (!session.passed && totals.failed + totals.passed === before) totals.failed++;
        else if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed++;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}

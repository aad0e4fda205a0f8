// Counts passed, failed and skipped tests of a @web/test-runner run and writes them as JSON,
// so that the test script can add every suite up into one `N passed, N failed` line, with the
// names of the failed tests (a CI log may keep only its tail).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

function count(suite, totals, where) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else {
      totals.failed++;
      totals.failures.push(`${[...where, test.name].join(' › ')}: ${test.error?.message?.split('\n')[0] ?? 'failed'}`);
    }
  }
  for (const child of suite.suites ?? []) count(child, totals, [...where, child.name]);
}

export function countingReporter(file, suiteName) {
  return {
    onTestRunFinished({ sessions }) {
      if (!file) return;
      const totals = { suite: suiteName, passed: 0, failed: 0, skipped: 0, failures: [] };
      for (const session of sessions) {
        const before = totals.failed + totals.passed;
        const file = session.testFile.replace(`${process.cwd()}/`, '');
        count(session.testResults, totals, [file]);
        // A test file that failed to load or run reports errors but no tests: count it as a failure.
        const fileError = () => totals.failures.push(`${file}: ${session.errors?.[0]?.message?.split('\n')[0] ?? 'did not run'}`);
        const ranNothing = totals.failed + totals.passed === before;
        if (!session.passed && (ranNothing || (session.errors?.length ?? 0) > 0)) {
          totals.failed++;
          fileError();
        }
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}

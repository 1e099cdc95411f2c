/**
 * Prints one plain closing line, `tests: N passed, N failed`, after Jest's own summary, so any reader
 * of the log (CI included) can tell at a glance how the run ended.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const suitesFailed = results.numFailedTestSuites > 0 && results.numFailedTests === 0 ? results.numFailedTestSuites : 0;
    const failed = results.numFailedTests + suitesFailed;
    process.stderr.write(`tests: ${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}
module.exports = SummaryReporter;

// A vitest reporter that writes every test's result to a JSON-lines file the moment it is known
// (PROGRESS_FILE), so `npm test` can count what ran and name what was running even when a run has to be
// killed: a synchronous loop in a worker cannot be stopped by vitest's own timeouts, and a JSON report is
// written only at the end.
import { appendFileSync } from 'node:fs';
import path from 'node:path';

const file = process.env.PROGRESS_FILE;
const write = (event) => {
  if (file) appendFileSync(file, `${JSON.stringify(event)}\n`);
};
const rel = (id) => path.relative(process.cwd(), id);

export default class ProgressReporter {
  onTestModuleStart(mod) {
    write({ event: 'module-start', file: rel(mod.moduleId) });
  }

  onTestCaseReady(test) {
    write({ event: 'test-start', file: rel(test.module.moduleId), name: test.fullName });
  }

  onTestCaseResult(test) {
    write({ event: 'test-end', file: rel(test.module.moduleId), name: test.fullName, state: test.result().state });
  }

  onTestModuleEnd(mod) {
    // A file that failed to load or whose hooks threw has errors of its own and maybe no tests at all.
    const errors = mod.errors().map((e) => e.message ?? String(e));
    write({ event: 'module-end', file: rel(mod.moduleId), state: mod.state(), errors });
  }

  onTestRunEnd(_modules, unhandledErrors) {
    write({ event: 'run-end', unhandled: unhandledErrors.map((e) => e.message ?? String(e)) });
  }
}

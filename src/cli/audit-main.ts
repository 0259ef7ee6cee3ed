// Stand-alone entry for `exocheck audit` (the bundle-as-worker test builds this; the real CLI entry is
// src/cli/exocheck.ts). Started again as a worker thread, it must do nothing but serve scans.
import { isAuditWorker, runAudit } from './audit';

if (!isAuditWorker) {
  runAudit(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, isTTY: !!process.stderr.isTTY }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`exocheck audit: ${(e as Error)?.stack ?? String(e)}\n`);
      process.exitCode = 1;
    },
  );
}

// The audit's worker threads only exist in the bundled CLI (the bundle re-executes itself as a worker), so
// this builds src/cli/audit-main.ts the way `vite build --mode cli` builds the CLI and runs the result.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/evidence/csv';
import { writePages } from './audit-helpers';

const run = promisify(execFile);
const root = resolve(__dirname, '../..');
// Inside node_modules so the bundle's bare imports (linkedom, warcio, fflate) resolve.
const outDir = join(root, 'node_modules/.cache', `exocheck-audit-bundle-${process.pid}`);
let tmp: string;
let pages: string;
let findings: number;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'exocheck-audit-bundle-'));
  pages = join(tmp, 'pages');
  findings = writePages(pages, 400).findings;
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')));
  await run(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'cli', '--ssr', 'src/cli/audit-main.ts', '--outDir', outDir, '--emptyOutDir'], { cwd: root, env });
}, 120_000);
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

async function audit(bundle: string, args: string[]) {
  const t = performance.now();
  const r = await run(process.execPath, [bundle, ...args], { cwd: root }).catch((e) => e as { stdout: string; stderr: string; code: number });
  return { ...r, secs: (performance.now() - t) / 1000, code: (r as { code?: number }).code ?? 0 };
}

describe('bundled audit with worker threads', () => {
  it('scans 400 pages on 2 worker threads with the same report as one thread', async () => {
    const bundle = join(outDir, 'exocheck.js');
    const two = await audit(bundle, [pages, '--out', join(tmp, 'two.csv'), '--jobs', '2', '--jurisdiction', 'uk']);
    const one = await audit(bundle, [pages, '--out', join(tmp, 'one.csv'), '--jobs', '0', '--jurisdiction', 'uk']);
    console.log(`bundled audit, 400 pages: 2 workers ${two.secs.toFixed(2)} s (${(400 / two.secs).toFixed(0)} pages/s), main thread ${one.secs.toFixed(2)} s (${(400 / one.secs).toFixed(0)} pages/s), incl. node start`);
    expect(two.stderr).toMatch(/400 pages scanned, \d+ findings, 0 failed; .*2 worker threads/);
    expect(one.stderr).toMatch(/no worker threads/);
    expect(two.code).toBe(0);
    const a = parseCsv(readFileSync(join(tmp, 'two.csv'), 'utf8'));
    const b = parseCsv(readFileSync(join(tmp, 'one.csv'), 'utf8'));
    expect(a).toEqual(b);
    expect(a.slice(1).filter((r) => r[14] !== '')).toHaveLength(findings);
  });

  it('the real CLI entry (dist/cli/exocheck.js) dispatches `audit` to the same code', async (ctx) => {
    const cli = join(root, 'dist/cli/exocheck.js');
    if (!existsSync(cli)) {
      ctx.skip(true, 'dist/cli/exocheck.js not built (run `npx vite build --mode cli` first)');
      return;
    }
    const r = await audit(cli, ['audit', pages, '--out', join(tmp, 'cli.csv'), '--jobs', '2']);
    expect(r.stderr).toMatch(/400 pages scanned, \d+ findings, 0 failed; .*2 worker threads/);
    expect(r.code).toBe(0);
  });
});

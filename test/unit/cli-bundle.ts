// Builds the CLI the way `vite build --mode cli` does, into a folder of its own inside node_modules (so
// the bundle's bare imports resolve), for tests that run it as a separate process: worker threads only
// exist in the bundle, and standard input, the system locale and peak memory belong to a real process.
import { execFile, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

export const root = resolve(__dirname, '../..');
const run = promisify(execFile);

/** Builds `entry` (default the real CLI entry) and returns the bundle's path and a cleanup. */
export async function buildCli(tag: string, entry = 'src/cli/exocheck.ts'): Promise<{ bundle: string; remove: () => void }> {
  const outDir = join(root, 'node_modules/.cache', `exocheck-${tag}-${process.pid}`);
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')));
  await run(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'cli', '--ssr', entry, '--outDir', outDir, '--emptyOutDir'], { cwd: root, env });
  return { bundle: join(outDir, 'exocheck.js'), remove: () => rmSync(outDir, { recursive: true, force: true }) };
}

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
  secs: number;
}

/** Runs node with args; `input` is written to its standard input (then closed). */
export function runNode(args: string[], opts: { env?: NodeJS.ProcessEnv; input?: Buffer | string; nodeArgs?: string[] } = {}): Promise<Ran> {
  const t = performance.now();
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), ...args], { cwd: root, env: opts.env ?? process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => ok({ code: code ?? -1, stdout, stderr, secs: (performance.now() - t) / 1000 }));
    child.stdin.on('error', () => {});
    child.stdin.end(opts.input ?? '');
  });
}

// Build steps the bench needs: the engine as one Node ESM file (bench/.build/engine.mjs), and the Chrome
// extension when dist/chrome is missing or older than src. The extension is then copied to
// bench/.build/chrome so a rebuild by someone else during the run cannot change it under the browser.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const OUT = path.join(ROOT, 'bench', '.build');

export async function buildEngine() {
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    define: { __EXOCHECK_VERSION__: JSON.stringify('bench') },
    build: {
      ssr: path.join(ROOT, 'test/bench/engine-entry.ts'),
      outDir: OUT,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { entryFileNames: 'engine.mjs', format: 'es' } },
    },
  });
  return path.join(OUT, 'engine.mjs');
}

function newestMtime(dir) {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

export function ensureExtension() {
  const dist = path.join(ROOT, 'dist', 'chrome');
  const manifest = path.join(dist, 'manifest.json');
  const inputs = Math.max(newestMtime(path.join(ROOT, 'src')), fs.statSync(path.join(ROOT, 'manifest.json')).mtimeMs);
  if (!fs.existsSync(manifest) || fs.statSync(manifest).mtimeMs < inputs) {
    console.log('dist/chrome is missing or older than src: npm run build');
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  const copy = path.join(OUT, 'chrome');
  fs.rmSync(copy, { recursive: true, force: true });
  fs.cpSync(dist, copy, { recursive: true });
  return copy;
}

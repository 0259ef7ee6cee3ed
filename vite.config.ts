import { chmodSync } from 'node:fs';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import base from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

// One config, three builds: `--mode chrome` (default), `--mode firefox`, `--mode cli`.
// Vitest also reads this file; it gets only the `test` block, never the crx plugin.

const define = { __EXOCHECK_VERSION__: JSON.stringify(pkg.version) };

function firefoxManifest(): ManifestV3Export {
  const { service_worker: _sw, ...bg } = base.background;
  return {
    ...base,
    background: { ...bg, scripts: [base.background.service_worker] },
    browser_specific_settings: {
      gecko: {
        id: 'exocheck@exocheck.invalid',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as unknown as ManifestV3Export;
}

function chromeManifest(): ManifestV3Export {
  return base as unknown as ManifestV3Export;
}

// `npx exocheck` runs the bin directly, so the built file must be executable.
const executable: Plugin = {
  name: 'exocheck-executable',
  writeBundle(options, bundle) {
    for (const name of Object.keys(bundle)) if (name === 'exocheck.js') chmodSync(`${options.dir}/${name}`, 0o755);
  },
};

const cliConfig: UserConfig = {
  define,
  publicDir: false,
  plugins: [executable],
  build: {
    ssr: 'src/cli/exocheck.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      output: { entryFileNames: 'exocheck.js', banner: '#!/usr/bin/env node' },
    },
  },
};

const testConfig = {
  projects: [
    {
      define,
      test: {
        name: 'unit',
        include: ['test/unit/**/*.test.ts', 'test/rules/**/*.test.ts'],
        environment: 'node',
        setupFiles: ['test/tools/fast-check-seed.ts'],
        testTimeout: 60_000,
      },
    },
    {
      define,
      test: {
        name: 'e2e',
        include: ['test/e2e/**/*.test.ts'],
        environment: 'node',
        testTimeout: 180_000,
        hookTimeout: 180_000,
        fileParallelism: false,
      },
    },
  ],
};

export default defineConfig(({ mode }) => {
  if (process.env.VITEST) return { define, test: testConfig } as UserConfig;
  if (mode === 'cli') return cliConfig;
  const firefox = mode === 'firefox';
  return {
    define,
    plugins: [
      preact(),
      crx({
        manifest: firefox ? firefoxManifest() : chromeManifest(),
        browser: firefox ? 'firefox' : 'chrome',
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      } as Parameters<typeof crx>[0]),
    ],
    build: {
      outDir: firefox ? 'dist/firefox' : 'dist/chrome',
      emptyOutDir: true,
      target: 'es2022',
      // Extension pages load their modules natively; Vite's modulepreload polyfill would put a fetch() call
      // into the bundle for browsers that lack it, and the extension makes no request of any kind.
      modulePreload: { polyfill: false },
      // Extension pages not named in the manifest (the research log page) must be listed to be built.
      rollupOptions: { input: { research: 'src/research/index.html' } },
    },
  };
});

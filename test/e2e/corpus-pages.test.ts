// Real pages from the shared corpus (../shared/corpus/pages/*.txt), served as simple HTML (a paragraph per
// line): the badge must equal what the CLI path (linkedom + extract + engine) finds in the same HTML, at
// the same strictness and jurisdiction. Skips when ../shared is absent (e.g. on a fresh clone).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, highlightedTexts, launch, tabReport, worker, type Launched } from './lib/chromium.mjs';
import { startServer, type TestServer } from './lib/server.mjs';
import { norm } from './lib/expect.mjs';
import { fromHtml } from '../../src/cli/read-page';
import { scanDocument, type Strictness } from '../../src/engine';

const PAGES = path.join(path.resolve(ROOT, '..', 'shared'), 'corpus', 'pages');
const files = fs.existsSync(PAGES) ? fs.readdirSync(PAGES).filter((f) => f.endsWith('.txt')).sort() : [];
if (files.length === 0) console.warn(`corpus-pages: skipped, ${PAGES} is absent (../shared is not next to this checkout)`);

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function asHtml(name: string): string {
  const lines = fs.readFileSync(path.join(PAGES, name), 'utf8').split(/\r?\n/).filter((l) => l.trim());
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(name)}</title></head><body>\n${lines.map((l) => `<p>${escape(l)}</p>`).join('\n')}\n</body></html>`;
}

describe.skipIf(files.length === 0)('corpus pages: badge equals the CLI count', () => {
  let b: Launched;
  let server: TestServer;
  const routes: Record<string, () => string> = {};
  for (const f of files) routes[`/corpus/${f.replace(/\.txt$/, '.html')}`] = () => asHtml(f);
  const summary: string[] = [];

  beforeAll(async () => {
    server = await startServer({ routes });
    b = await launch();
  });
  afterAll(async () => {
    console.log('corpus pages (file: strictness=count):\n' + summary.join('\n'));
    await b?.close();
    await server?.close();
  });

  for (const strictness of ['standard', 'strict', 'relaxed'] as Strictness[]) {
    it.each(files)(`%s at ${strictness}, jurisdiction uk`, async (file) => {
      const sw = await worker(b.context);
      await sw.evaluate((s) => chrome.storage.local.set({ settings: { strictness: s, jurisdiction: 'uk' } }), strictness);
      const html = asHtml(file);
      const { blocks } = fromHtml(html);
      const expected = scanDocument(blocks, { strictness, jurisdiction: 'uk' }).findings;
      const page = await b.context.newPage();
      const url = server.url(`/corpus/${file.replace(/\.txt$/, '.html')}`);
      await page.goto(url);
      const want = expected.length ? String(expected.length) : '';
      await tabReport(b.context, url, (r) => r.badge === want && r.frames['0']?.findings.length === expected.length);
      expect(norm(await highlightedTexts(page))).toEqual(norm(expected.map((f) => f.text)));
      summary.push(`${file}: ${strictness}=${expected.length}`);
      await page.close();
    });
  }
});

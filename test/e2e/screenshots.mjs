// Writes test/screenshots/content-annotated-page.png (highlights and markers on the clinic fixture) and
// test/screenshots/content-open-card.png (a card opened by clicking the first marker), from the built extension.
// Run: npm run build && npm run screenshots
import fs from 'node:fs';
import path from 'node:path';
import { launch, ROOT, shadowNodes, clickNode, tabReport } from './lib/chromium.mjs';
import { startServer } from './lib/server.mjs';

const out = path.join(ROOT, 'test', 'screenshots');
fs.mkdirSync(out, { recursive: true });
const server = await startServer();
const b = await launch({ viewport: { width: 1000, height: 760 } });
try {
  const page = await b.context.newPage();
  await page.goto(server.url('/clinic.html'));
  await tabReport(b.context, page.url(), (r) => r.badge !== '');
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(out, 'content-annotated-page.png') });
  const markers = await shadowNodes(page, (n, a) => n === 'button' && /^m /.test(a.class ?? ''));
  if (markers.length === 0) throw new Error('no markers drawn');
  await clickNode(page, markers[0].backendNodeId);
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(out, 'content-open-card.png') });
  console.log(`wrote ${path.join(out, 'content-annotated-page.png')} and content-open-card.png (${markers.length} markers)`);
} finally {
  await b.close();
  await server.close();
}

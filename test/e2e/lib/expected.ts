// What the engine finds in a fixture, computed in Node from the same extraction and engine the content
// script uses, so the e2e assertions follow the engine rather than hard-coded numbers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractBlocks } from '../../../src/dom/extract';
import { scanDocument } from '../../../src/engine';
import type { Jurisdiction, Strictness } from '../../../src/engine/types';
import { countFindings, type Counts } from '../../../src/shared/messages';
import { FIXTURES } from './popup-launch';

export function expectedFindings(file: string, strictness: Strictness, jurisdiction: Jurisdiction, muted: string[] = []) {
  const { document } = parseHTML(readFileSync(join(FIXTURES, file), 'utf8'));
  const blocks = extractBlocks(document.body as unknown as Node).map((b) => ({ text: b.text, kind: b.kind }));
  return scanDocument(blocks, { strictness, jurisdiction, muted });
}

export function expectedCounts(file: string, strictness: Strictness, jurisdiction: Jurisdiction, muted: string[] = []): Counts {
  return countFindings(expectedFindings(file, strictness, jurisdiction, muted).findings);
}

import type { Finding, ScanOptions, Block, ScanResult } from '../../../src/engine/types';
export function fixtureHtml(name: string): string;
export function expectedFindings(
  html: string,
  opts: ScanOptions,
  lib: { extractBlocks: (root: Node) => Block[]; scanDocument: (b: Block[], o: ScanOptions) => ScanResult },
  prepare?: (doc: Document) => void,
): (Finding & { onPage: boolean })[];
export function expectedView(
  html: string,
  opts: ScanOptions,
  lib: { extractBlocks: (root: Node) => Block[]; scanDocument: (b: Block[], o: ScanOptions) => ScanResult },
  prepare?: (doc: Document) => void,
): { findings: (Finding & { onPage: boolean })[]; muted: Record<string, number> };
export function norm(list: readonly string[]): string[];

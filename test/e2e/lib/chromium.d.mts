import type { BrowserContext, Page, Frame, Worker } from 'playwright-core';
export const ROOT: string;
export const CHROME_DIST: string;
export const FIREFOX_DIST: string;
export const HOST_TAG: string;
export const HIGHLIGHTS: string[];
export function assertBuilt(dir?: string): void;
export interface Launched {
  context: BrowserContext;
  sw: Worker;
  extId: string;
  requests: string[];
  /** The profile folder (removed on close unless keepProfile). */
  userDataDir: string;
  close: (opts?: { keepProfile?: boolean }) => Promise<void>;
}
export function launch(opts?: {
  extDir?: string;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  args?: string[];
  userDataDir?: string;
  lang?: string;
  classicScrollbars?: boolean;
}): Promise<Launched>;
export function worker(context: BrowserContext): Promise<Worker>;
export function readHighlights(page: Page): Promise<Record<string, string[]>>;
export function highlightedTexts(page: Page): Promise<string[]>;
export function shadowTexts(page: Page, frame?: Frame): Promise<{ mode: string; texts: string[]; node: unknown } | null>;
export function shadowNodes(
  page: Page,
  pred: (name: string, attrs: Record<string, string>) => boolean,
): Promise<{ name: string; attrs: Record<string, string>; backendNodeId: number }[]>;
export function clickNode(page: Page, backendNodeId: number): Promise<{ x: number; y: number }>;
export interface FrameReportStored {
  url: string;
  findings: { rule: string; severity: string; text: string; context: string; excerpt: string }[];
  jurisdiction: string;
  muted: Record<string, number>;
  truncated: boolean;
}
export interface TabReport {
  tabId: number;
  badge: string;
  color: number[];
  frames: Record<string, FrameReportStored>;
}
export function tabReport(context: BrowserContext, url: string, until?: (r: TabReport) => boolean, timeout?: number): Promise<TabReport>;
export function recordBaseline(page: Page): Promise<void>;
export function compareWithBaseline(page: Page): Promise<{ before: number; after: number; ours: number; hostParent: string | null; unchanged: boolean }>;
export function foreignRequests(requests: string[], origin: string, extId: string): string[];

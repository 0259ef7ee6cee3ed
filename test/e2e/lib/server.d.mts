import type { IncomingHttpHeaders } from 'node:http';
export const FIXTURES: string;
export const TYPES: Record<string, string>;
export function expandParts(html: string, depth?: number): string;
export function fixtureText(rel: string): string;
export function fixtureFile(pathname: string, root?: string): { file: string; type: string; body: string | Buffer } | null;
export interface TestServer {
  origin: string;
  port: number;
  /** `p` with or without a leading slash; `host` defaults to 127.0.0.1 (localhost reaches the same server). */
  url: (p: string, host?: string) => string;
  /** Every request, in order. */
  requests: { path: string; headers: IncomingHttpHeaders }[];
  close: () => Promise<void>;
}
export function startServer(opts?: {
  root?: string;
  routes?: Record<string, () => string>;
  headers?: (file: string) => Record<string, string>;
}): Promise<TestServer>;

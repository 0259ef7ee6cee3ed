export const FIXTURES: string;
export interface TestServer {
  origin: string;
  url: (p: string) => string;
  /** Paths requested, in order. */
  requests: string[];
  close: () => Promise<void>;
}
export function startServer(opts?: { routes?: Record<string, () => string> }): Promise<TestServer>;

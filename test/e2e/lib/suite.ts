// One line of setup for an e2e file: `const { b, server } = await openSuite();` at the top level starts the
// fixture server and Chromium with the built extension, and closes both after the file's tests.
import { afterAll } from 'vitest';
import { launch, type Launched } from './chromium.mjs';
import { startServer, type TestServer } from './server.mjs';

export interface Suite {
  b: Launched;
  server: TestServer;
}

export async function openSuite(
  opts: { server?: Parameters<typeof startServer>[0]; launch?: Parameters<typeof launch>[0] } = {},
): Promise<Suite> {
  const server = await startServer(opts.server);
  const b = await launch(opts.launch).catch(async (e) => {
    await server.close();
    throw e;
  });
  afterAll(async () => {
    await b.close();
    await server.close();
  });
  return { b, server };
}

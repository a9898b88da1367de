import { createServer } from 'node:net';

/**
 * A port nothing listens on right now. Its own module (no settings read on import), so
 * that a script can pick a port before the testing module reads TEST_MEILI_URL.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

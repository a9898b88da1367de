/*
 * The whole service as a browser meets it: the API (listening on a port of its own, on
 * this file's database, queues and index), the workers, and the web interface in front,
 * talking to the API over HTTP exactly as in production.
 */
import { buildWebApp, loadWebEnv } from '@enlace/web';
import type { AddressInfo } from 'node:net';
import { startStack } from '../support.js';

export async function startWebStack(label: string, opts: { env?: Record<string, string> } = {}) {
  // The web interface forwards each browser's address; the API believes it only from loopback.
  const stack = await startStack(label, { env: { TRUST_PROXY: 'loopback', ...opts.env } });
  await stack.api.app.listen({ host: '127.0.0.1', port: 0 });
  const apiUrl = `http://127.0.0.1:${(stack.api.app.server.address() as AddressInfo).port}`;
  const web = await buildWebApp(loadWebEnv({ API_URL: apiUrl, LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', WEB_PORT: '0' }), {
    // Browsers and fetch keep connections open; a test's end should not wait for them.
    forceCloseConnections: true,
  });
  await web.listen({ host: '127.0.0.1', port: 0 });
  const webUrl = `http://127.0.0.1:${(web.server.address() as AddressInfo).port}`;
  return {
    ...stack,
    apiUrl,
    web,
    webUrl,
    async close() {
      await web.close();
      await stack.close();
    },
  };
}
export type WebStack = Awaited<ReturnType<typeof startWebStack>>;

/*
 * The whole service as a browser meets it: the API (listening on a port of its own, on
 * this file's database, queues and index), the workers, and the web interface in front,
 * talking to the API over HTTP exactly as in production.
 */
import { type CreateUserInput } from '@enlace/registry/people';
import { systemClock, type Role } from '@enlace/domain';
import { buildWebApp, loadWebEnv } from '@enlace/web';
import type { BrowserContext } from 'playwright-core';
import type { AddressInfo } from 'node:net';
import { startMailSink } from '@enlace/devstack';
import { freePort } from '@enlace/devstack/testing';
import { startStack } from '../support.js';

export async function startWebStack(label: string, opts: { env?: Record<string, string>; mail?: boolean } = {}) {
  // With `mail`, a real SMTP server catches what the workers send, and the emails link to
  // this web interface's own address (known before it starts).
  const sink = opts.mail ? await startMailSink() : undefined;
  const webPort = await freePort();
  const mailEnv: Record<string, string> = sink ? { SMTP_URL: sink.url, WEB_URL: `http://127.0.0.1:${webPort}` } : {};
  // The web interface forwards each browser's address; the API believes it only from loopback.
  // The real clock: the browser judges a session cookie's expiry by its own.
  const stack = await startStack(label, { clock: systemClock, env: { TRUST_PROXY: 'loopback', ...mailEnv, ...opts.env } });
  await stack.api.app.listen({ host: '127.0.0.1', port: 0 });
  const apiUrl = `http://127.0.0.1:${(stack.api.app.server.address() as AddressInfo).port}`;
  const web = await buildWebApp(
    loadWebEnv({ ...mailEnv, ...opts.env, API_URL: apiUrl, LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', WEB_PORT: String(webPort) }),
    {
      // Browsers and fetch keep connections open; a test's end should not wait for them.
      forceCloseConnections: true,
    },
  );
  await web.listen({ host: '127.0.0.1', port: webPort });
  const webUrl = `http://127.0.0.1:${(web.server.address() as AddressInfo).port}`;
  const password = 'a long and correct test password';

  /** A person who can sign in with `password`, and their API identity. */
  async function person(role: Role, extra: Partial<CreateUserInput> = {}) {
    const user = await stack.api.user(role, { password, ...extra });
    return { ...user, password };
  }

  /** Signs `email` in through the API and gives the browser context the session cookie the sign-in page would have set. */
  async function signInContext(context: BrowserContext, email: string): Promise<void> {
    const res = await fetch(`${apiUrl}/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (!res.ok) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
    const { token } = (await res.json()) as { token: string };
    await context.addCookies([{ name: 'enlace_session', value: token, url: webUrl, httpOnly: true, sameSite: 'Lax' }]);
  }

  return {
    ...stack,
    apiUrl,
    web,
    webUrl,
    password,
    person,
    signInContext,
    /** The emails the workers sent (with `mail`). */
    sink,
    async close() {
      await web.close();
      await stack.close();
      await sink?.close();
    },
  };
}
export type WebStack = Awaited<ReturnType<typeof startWebStack>>;

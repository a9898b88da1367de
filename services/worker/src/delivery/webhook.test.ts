import { type IncomingHttpHeaders, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { RefusedWebhookUrlError, postWebhook } from './webhook.js';

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const MSG = { id: 'delivery-1', body: '{"type":"match_new"}' };

const servers: ReturnType<typeof createServer>[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** A loopback receiver that records each call and answers as `reply` says. */
async function receiver(reply: (res: ServerResponse) => void = (res) => res.writeHead(204).end()) {
  const calls: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    calls.push(req.headers);
    req.resume();
    req.on('end', () => reply(res));
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { port: (server.address() as AddressInfo).port, calls };
}

describe('posting a webhook', () => {
  it('never connects to a name that resolves to a loopback address', async () => {
    const r = await receiver();
    await expect(postWebhook(`http://localhost:${r.port}/hook`, SECRET, MSG)).rejects.toThrow(/not allowed/);
    expect(r.calls).toHaveLength(0);
  });

  it('refuses a stored loopback address as it stands, before connecting', async () => {
    const r = await receiver();
    const sending = postWebhook(`http://127.1:${r.port}/hook`, SECRET, MSG);
    await expect(sending).rejects.toBeInstanceOf(RefusedWebhookUrlError);
    await expect(sending).rejects.toThrow('webhook URL refused: must reach a public address; 127.0.0.1 is not one');
    expect(r.calls).toHaveLength(0);
  });

  it('delivers to a host on the allow list, signed', async () => {
    const r = await receiver();
    await postWebhook(`http://localhost:${r.port}/hook`, SECRET, MSG, { allowHosts: [`localhost:${r.port}`] });
    expect(r.calls).toHaveLength(1);
    expect(r.calls[0]).toMatchObject({ 'webhook-id': 'delivery-1', 'content-type': 'application/json', 'webhook-signature': expect.stringMatching(/^v1,/) });
  });

  it('does not follow a redirect: a 3xx answer is a failure', async () => {
    const target = await receiver();
    const redirecting = await receiver((res) => res.writeHead(307, { location: `http://127.0.0.1:${target.port}/inside` }).end());
    const allowHosts = [`127.0.0.1:${redirecting.port}`, `127.0.0.1:${target.port}`];
    await expect(postWebhook(`http://127.0.0.1:${redirecting.port}/hook`, SECRET, MSG, { allowHosts })).rejects.toThrow('webhook answered 307');
    expect(redirecting.calls).toHaveLength(1);
    expect(target.calls).toHaveLength(0);
  });
});

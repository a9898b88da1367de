import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { webhookAgent, webhookUrlRefusal } from '@enlace/messages';
import { Webhook } from 'standardwebhooks';

/**
 * The stored URL is refused as it stands (an IP literal that is not public, credentials,
 * another scheme): retrying cannot change that, so the delivery is dead at once.
 */
export class RefusedWebhookUrlError extends Error {}

/**
 * Posts an event to a subscriber's webhook, signed the Standard Webhooks way: an
 * HMAC-SHA256 over "id.timestamp.body" in `webhook-signature`, with the id and the
 * timestamp in their own headers, so a receiver can check it and refuse replays. The id
 * is the same on every retry of one delivery, for the receiver's deduplication.
 *
 * It goes through node:http with a filtering agent, which refuses to connect to an
 * address that is not public after resolving the name: the URL was checked when saved,
 * but its name may resolve elsewhere now. A name refused that way fails like any other
 * attempt and is retried, since DNS may change back. Redirects are never followed (a 3xx
 * is a failure), so a public receiver cannot bounce the request inside.
 */
export async function postWebhook(
  url: string,
  secret: string,
  msg: { id: string; body: string },
  opts: { timeoutMs?: number; allowHosts?: readonly string[] } = {},
): Promise<void> {
  const allowHosts = opts.allowHosts ?? [];
  const refusal = webhookUrlRefusal(url, allowHosts);
  if (refusal !== undefined) throw new RefusedWebhookUrlError(`webhook URL refused: ${refusal}`);
  const target = new URL(url);
  // Real time, not the application clock: receivers compare it with their own clocks.
  const at = new Date();
  const signature = new Webhook(secret).sign(msg.id, at, msg.body);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const status = await new Promise<number>((resolve, reject) => {
    const req = send(
      target,
      {
        method: 'POST',
        agent: webhookAgent(target, allowHosts),
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(msg.body),
          'user-agent': 'Enlace-Webhooks/1.0',
          'webhook-id': msg.id,
          'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
          'webhook-signature': signature,
        },
        signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
      },
      (res) => {
        // Read (and drop) the body so the connection is released.
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(msg.body);
  });
  if (status < 200 || status >= 300) throw new Error(`webhook answered ${status}`);
}

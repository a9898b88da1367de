import { Webhook } from 'standardwebhooks';

/**
 * Posts an event to a subscriber's webhook, signed the Standard Webhooks way: an
 * HMAC-SHA256 over "id.timestamp.body" in `webhook-signature`, with the id and the
 * timestamp in their own headers, so a receiver can check it and refuse replays. The id
 * is the same on every retry of one delivery, for the receiver's deduplication.
 */
export async function postWebhook(url: string, secret: string, msg: { id: string; body: string }, opts: { timeoutMs?: number } = {}): Promise<void> {
  // Real time, not the application clock: receivers compare it with their own clocks.
  const at = new Date();
  const signature = new Webhook(secret).sign(msg.id, at, msg.body);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'user-agent': 'Enlace-Webhooks/1.0',
      'webhook-id': msg.id,
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': signature,
    },
    body: msg.body,
    signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
    redirect: 'error',
  });
  // Read (and drop) the body so the connection is released.
  await response.arrayBuffer().catch(() => undefined);
  if (!response.ok) throw new Error(`webhook answered ${response.status}`);
}

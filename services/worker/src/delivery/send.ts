import type { Env } from '@enlace/config';
import type { Language } from '@enlace/domain';
import { notificationLink, parseNotification, renderEmail, renderInboxItem, unseal, unsubscribeToken } from '@enlace/messages';
import type { ClaimedDelivery } from '@enlace/registry/internal';
import type { Mailer } from './email.js';
import { postWebhook } from './webhook.js';

/** `publicUrl`: the API's address (unsubscribe links, message ids); `webUrl`: where people open pages. */
export type SendEnv = Pick<Env, 'APP_SECRET' | 'WEBHOOK_ALLOW_HOSTS'> & { readonly publicUrl: string; readonly webUrl: string };

/** Writes one claimed delivery in its recipient's language and sends it on its channel. */
export async function sendDelivery(claimed: ClaimedDelivery, deps: { env: SendEnv; mailer: Mailer }): Promise<void> {
  const { delivery, notification, recipient } = claimed;
  const n = parseNotification(notification.kind, notification.payload);
  const lang = notification.language as Language;
  const token = unsubscribeToken(deps.env.APP_SECRET, recipient);
  // The email's link opens the web's page, which asks; the List-Unsubscribe header is the
  // API's one-click address, which mail clients post to (RFC 8058), through the web's /v1.
  const links = { base: deps.env.webUrl, lang, unsubscribe: `${deps.env.webUrl}/unsubscribe/${token}` };
  const oneClick = `${deps.env.webUrl}/v1/unsubscribe/${token}`;
  switch (delivery.channel) {
    case 'email': {
      const email = renderEmail(n, lang, links);
      await deps.mailer.send({
        to: { name: recipient.name, address: recipient.email },
        ...email,
        language: lang,
        messageId: `<delivery-${delivery.id}@${new URL(deps.env.publicUrl).hostname}>`,
        unsubscribeUrl: oneClick,
      });
      return;
    }
    case 'webhook': {
      if (!recipient.prefs.webhookUrl || !recipient.webhookSecret) throw new Error('the webhook is no longer configured');
      const item = renderInboxItem(n, lang, links);
      const body = JSON.stringify({
        type: notification.kind,
        notificationId: notification.id,
        createdAt: notification.createdAt.toISOString(),
        language: lang,
        title: item.title,
        summary: item.summary,
        link: notificationLink(n, links),
        data: notification.payload,
      });
      await postWebhook(
        recipient.prefs.webhookUrl,
        unseal(deps.env.APP_SECRET, recipient.webhookSecret),
        { id: `delivery-${delivery.id}`, body },
        { allowHosts: deps.env.WEBHOOK_ALLOW_HOSTS },
      );
      return;
    }
    case 'in_app':
      // Written to the inbox at fan-out; nothing travels.
      return;
  }
}

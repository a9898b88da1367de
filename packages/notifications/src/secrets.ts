import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/*
 * Secrets a notification needs. Unsubscribe links carry a MAC rather than a stored
 * token, so that a link in an old email keeps working and nothing has to be looked up
 * to honour it. Webhook signing secrets must be read back to sign, so they cannot be
 * hashed like tokens; they are sealed with the application secret instead.
 */

const mac = (appSecret: string, purpose: string, value: string) =>
  createHmac('sha256', appSecret).update(`${purpose}:${value}`).digest('base64url');

/** A token that says "this person asked to stop email", for one-click unsubscribe links. */
export function unsubscribeToken(appSecret: string, userId: string): string {
  return `${userId}.${mac(appSecret, 'unsubscribe', userId)}`;
}

/** The user id an unsubscribe token was made for, or null if it was not made by us. */
export function readUnsubscribeToken(appSecret: string, token: string): string | null {
  const [userId, given] = token.split('.');
  if (!userId || !given) return null;
  const expected = Buffer.from(mac(appSecret, 'unsubscribe', userId));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? userId : null;
}

/** A new webhook signing secret, in the Standard Webhooks format (`whsec_` + base64). */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

const sealKey = (appSecret: string) => createHash('sha256').update(`seal:${appSecret}`).digest();

/** AES-256-GCM under a key derived from the application secret: iv.tag.ciphertext, base64url. */
export function seal(appSecret: string, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealKey(appSecret), iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64url')).join('.');
}

export function unseal(appSecret: string, sealed: string): string {
  const [iv, tag, data] = sealed.split('.').map((p) => Buffer.from(p, 'base64url'));
  if (!iv || !tag || !data) throw new Error('not a sealed secret');
  const decipher = createDecipheriv('aes-256-gcm', sealKey(appSecret), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
}

import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/*
 * Secrets a notification needs. Unsubscribe links carry a MAC rather than a stored
 * token, so that a link in an old email keeps working and nothing has to be looked up
 * to honour it. Webhook signing secrets must be read back to sign, so they cannot be
 * hashed like tokens; they are sealed with the application secret instead.
 */

const mac = (appSecret: string, purpose: string, value: string) => createHmac('sha256', appSecret).update(`${purpose}:${value}`).digest('base64url');

/** Whose link it is, and the nonce that person's links are signed with today. */
export interface UnsubscribeSubject {
  readonly userId: string;
  readonly unsubscribeNonce: string;
}

/**
 * A token that says "this person asked to stop email", for one-click unsubscribe links.
 * The person's nonce is in the signed message, so replacing it invalidates every link
 * already sent without changing the application secret.
 */
export function unsubscribeToken(appSecret: string, subject: UnsubscribeSubject): string {
  return `${subject.userId}.${mac(appSecret, 'unsubscribe', `${subject.userId}:${subject.unsubscribeNonce}`)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The user id a token claims, unchecked: it says whose nonce to check the token with. */
export function unsubscribeTokenClaim(token: string): string | null {
  const [userId, given, ...rest] = token.split('.');
  return userId && UUID.test(userId) && given && rest.length === 0 ? userId : null;
}

/** True when the token was made by us for this person with their current nonce. */
export function isUnsubscribeTokenValid(appSecret: string, token: string, subject: UnsubscribeSubject): boolean {
  const expected = Buffer.from(unsubscribeToken(appSecret, subject));
  const actual = Buffer.from(token);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** Whose registration an expert's link opens, the address it was sent to, and until when it works. */
export interface ExpertLinkSubject {
  readonly expertId: string;
  readonly email: string;
  readonly expiresAt: Date;
}

/**
 * The token of an expert's own link: their id, the expiry (seconds, base 36) and a MAC
 * over both and the contact address, so that the link stops working when it expires or
 * when the registration's address changes. Nothing is stored.
 */
export function expertLinkToken(appSecret: string, subject: ExpertLinkSubject): string {
  const expires = Math.floor(subject.expiresAt.getTime() / 1000).toString(36);
  return `${subject.expertId}.${expires}-${mac(appSecret, 'expert-link', `${subject.expertId}:${expires}:${subject.email.toLowerCase()}`)}`;
}

/** The expert and expiry a link's token claims, unchecked: they say whose address to check the MAC with. */
export function expertLinkClaim(token: string): { expertId: string; expiresAt: Date } | null {
  const match = /^([0-9a-f-]{36})\.([0-9a-z]{1,10})-([\w-]{43})$/.exec(token);
  if (!match || !UUID.test(match[1]!)) return null;
  return { expertId: match[1]!, expiresAt: new Date(parseInt(match[2]!, 36) * 1000) };
}

/** True when we made the token for this expert's current address and it has not expired. */
export function isExpertLinkValid(appSecret: string, token: string, subject: { expertId: string; email: string }, now: Date): boolean {
  const claim = expertLinkClaim(token);
  if (!claim || claim.expertId !== subject.expertId || claim.expiresAt <= now) return false;
  const expected = Buffer.from(expertLinkToken(appSecret, { ...subject, expiresAt: claim.expiresAt }));
  const actual = Buffer.from(token);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
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

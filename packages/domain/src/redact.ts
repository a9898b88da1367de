/*
 * URLs that carry a secret, as both the API and the web interface log them: an
 * unsubscribe link's path segment (`/v1/unsubscribe/…` at the API, `/unsubscribe/…` at
 * the web's page; whatever the case or slashes, since even a request that misses the
 * route is logged), and anything shaped like an unsubscribe token, an expert's link
 * (`/roster/self/…`: an id, a dot and a MAC, as unsubscribe tokens are) or an API token,
 * wherever a client put it.
 */
const REDACTED = '[redacted]';

const SECRET_IN_URL: readonly RegExp[] = [
  /(\/+(?:v1\/+)?unsubscribe\/+)[^/?#]+/gi,
  /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[\w-]{20,}/gi,
  /enl_[\w-]{20,}/g,
];

/** The URL as it may be written to a log: secrets replaced by a placeholder. */
export function redactUrl(url: string): string {
  return SECRET_IN_URL.reduce(
    (u, pattern) => u.replace(pattern, (match, prefix?: unknown) => (typeof prefix === 'string' ? `${prefix}${REDACTED}` : REDACTED)),
    url,
  );
}

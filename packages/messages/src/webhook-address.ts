import { lookup as dnsLookup } from 'node:dns/promises';
import type { Agent } from 'node:http';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';

/**
 * Where a webhook may go: public addresses only, so that a subscriber cannot make the
 * worker post signed requests to the database, Redis, Meilisearch, the API itself or a
 * cloud metadata service. The same rules serve the save-time check (API) and the
 * send-time agent (worker), which checks the address actually connected to, because a
 * name can resolve elsewhere by the time the worker sends.
 */
export interface WebhookAddressPolicy {
  /**
   * `host` or `host:port` entries let through whatever they resolve to: the test and
   * development receivers on loopback. Configuration refuses them in production.
   */
  readonly allowHosts: readonly string[];
  /** Every address a name resolves to; the system resolver unless a test replaces it. */
  readonly lookup?: (host: string) => Promise<readonly string[]>;
  readonly lookupTimeoutMs?: number;
}

// IANA allocates global unicast IPv6 from 2000::/3 only; anything else ipaddr.js calls
// "unicast" is unassigned, such as the deprecated IPv4-compatible ::a.b.c.d spelling.
const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR('2000::/3');

/**
 * Whether an IP address is public. ipaddr.js names every special range (loopback,
 * private, link-local, CGNAT, multicast, unspecified, broadcast, reserved, and the IPv6
 * forms embedding an IPv4 address: mapped, NAT64, 6to4, Teredo); only plain "unicast"
 * passes, the rule request-filtering-agent applies when connecting (without the 2000::/3
 * refinement, which its deny list cannot add for IPv6 alone). Embedding forms are
 * refused whatever they embed: a public host has a plain address.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const ip = ipaddr.parse(address);
  if (ip.range() !== 'unicast') return false;
  return ip.kind() === 'ipv4' || (ip as ipaddr.IPv6).match(GLOBAL_UNICAST_V6);
}

/** The port a URL reaches, written or implied by its scheme. */
function portOf(url: URL): string {
  return url.port || (url.protocol === 'https:' ? '443' : '80');
}

/** Whether the URL's host (and port, when the entry names one) is on the allow list. */
export function isAllowedHost(url: URL, allowHosts: readonly string[]): boolean {
  return allowHosts.some((entry) => {
    // The URL parser normalises the entry as it does the webhook's host (case, IPv4 spellings).
    const allowed = URL.canParse(`http://${entry}`) ? new URL(`http://${entry}`) : null;
    if (!allowed || allowed.hostname !== url.hostname) return false;
    const port = /:(\d+)$/.exec(entry)?.[1];
    return port === undefined || Number(port) === Number(portOf(url));
  });
}

/** Credentials in a webhook URL would be sent to whoever answers, and logged with the URL. */
export function hasCredentials(url: URL): boolean {
  return url.username !== '' || url.password !== '';
}

/** The host as an address when it is an IP literal (brackets of IPv6 removed), else null. */
function literalAddress(url: URL): string | null {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return isIP(host) === 0 ? null : host;
}

/**
 * Why a webhook URL is refused, without resolving names: scheme, credentials and IP
 * literals. The worker applies it again before sending, so a URL stored before these
 * rules (or written around them) fails at once instead of reaching the agent.
 */
export function webhookUrlRefusal(raw: string, allowHosts: readonly string[]): string | undefined {
  if (!URL.canParse(raw)) return 'must be an http or https URL';
  const url = new URL(raw);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must be an http or https URL';
  if (hasCredentials(url)) return 'must not contain a user name or password';
  if (isAllowedHost(url, allowHosts)) return undefined;
  const address = literalAddress(url);
  if (address !== null && !isPublicAddress(address)) return `must reach a public address; ${address} is not one`;
  return undefined;
}

async function resolveAll(host: string): Promise<string[]> {
  const found = await dnsLookup(host, { all: true, verbatim: true });
  return found.map((a) => a.address);
}

/**
 * Why a webhook URL may not be saved, or undefined when it may. A host name is resolved
 * now, and refused if any of its addresses is not public (a resolver may hand out any of
 * them) or if it does not resolve at all.
 */
export async function checkWebhookUrl(raw: string, policy: WebhookAddressPolicy): Promise<string | undefined> {
  const refusal = webhookUrlRefusal(raw, policy.allowHosts);
  if (refusal !== undefined) return refusal;
  const url = new URL(raw);
  if (isAllowedHost(url, policy.allowHosts) || literalAddress(url) !== null) return undefined;
  const host = url.hostname.replace(/\.$/, '');
  let addresses: readonly string[];
  try {
    const timeoutMs = policy.lookupTimeoutMs ?? 5000;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timed out')), timeoutMs);
    });
    addresses = await Promise.race([(policy.lookup ?? resolveAll)(host), timeout]).finally(() => clearTimeout(timer));
  } catch {
    return `the host name ${host} does not resolve`;
  }
  if (addresses.length === 0) return `the host name ${host} does not resolve`;
  const inner = addresses.find((a) => !isPublicAddress(a));
  return inner === undefined ? undefined : `must reach a public address; ${host} resolves to ${inner}`;
}

const agents = new Map<string, Agent>();

/**
 * The agent a webhook is sent through. It checks the address it connects to, after DNS,
 * so a name that now resolves to a private address is never connected to. Hosts on the
 * allow list get an agent that lets private addresses through (still not 0.0.0.0).
 * Agents are shared per kind, as http.globalAgent is.
 */
export function webhookAgent(url: URL, allowHosts: readonly string[]): Agent {
  const allowed = isAllowedHost(url, allowHosts);
  const key = `${url.protocol}${allowed ? 'allowed' : 'public'}`;
  let agent = agents.get(key);
  if (!agent) {
    const options = { allowPrivateIPAddress: allowed, allowMetaIPAddress: false };
    agent = url.protocol === 'https:' ? new RequestFilteringHttpsAgent(options) : new RequestFilteringHttpAgent(options);
    agents.set(key, agent);
  }
  return agent;
}

import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';
import { describe, expect, it } from 'vitest';
import { checkWebhookUrl, isAllowedHost, isPublicAddress, webhookAgent, webhookUrlRefusal } from './webhook-address.js';

const noLookup = async (): Promise<string[]> => {
  throw new Error('a literal address needs no lookup');
};
const resolvesTo =
  (...addresses: string[]) =>
  async () =>
    addresses;

describe('webhook addresses', () => {
  it.each([
    'http://127.0.0.1:7700/indexes',
    'http://[::1]:3000/v1/me',
    'http://0.0.0.0:5432/',
    'http://2130706433:38571/',
    'http://127.1:38571/',
    'http://0x7f000001/',
    'http://0177.0.0.1/',
    'http://10.0.0.1/',
    'http://172.16.5.4/',
    'http://192.168.1.1/',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.64.0.1/',
    'http://224.0.0.1/',
    'http://255.255.255.255/',
    'http://240.0.0.1/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:10.0.0.1]/',
    'http://[::127.0.0.1]/',
    'http://[64:ff9b::7f00:1]/',
    'http://[2002:7f00:1::]/',
    'http://[fe80::1]/',
    'http://[fc00::1]/',
    'http://[ff02::1]/',
    'http://[::]/',
  ])('%s is refused without a lookup, as a non-public address', async (url) => {
    expect(await checkWebhookUrl(url, { allowHosts: [], lookup: noLookup })).toMatch(/must reach a public address/);
  });

  it('a public address in any spelling is accepted', async () => {
    for (const url of ['https://93.184.215.14/hook', 'http://93.184.215.14:8080/hook', 'https://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/hook']) {
      expect(await checkWebhookUrl(url, { allowHosts: [], lookup: noLookup }), url).toBeUndefined();
    }
  });

  it('refuses credentials and schemes other than http and https', async () => {
    expect(await checkWebhookUrl('http://user:pw@93.184.215.14/', { allowHosts: [] })).toBe('must not contain a user name or password');
    expect(await checkWebhookUrl('ftp://93.184.215.14/hook', { allowHosts: [] })).toBe('must be an http or https URL');
    expect(await checkWebhookUrl('file:///etc/passwd', { allowHosts: [] })).toBe('must be an http or https URL');
    expect(await checkWebhookUrl('not a url', { allowHosts: [] })).toBe('must be an http or https URL');
  });

  it('a host name is accepted only when every address it resolves to is public', async () => {
    expect(
      await checkWebhookUrl('https://hooks.example.org/x', { allowHosts: [], lookup: resolvesTo('93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c') }),
    ).toBeUndefined();
    expect(await checkWebhookUrl('https://hooks.example.org/x', { allowHosts: [], lookup: resolvesTo('93.184.215.14', '10.1.2.3') })).toBe(
      'must reach a public address; hooks.example.org resolves to 10.1.2.3',
    );
  });

  it('a host name that does not resolve, or not in time, is refused', async () => {
    const fails = async (): Promise<string[]> => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    };
    const hangs = () => new Promise<string[]>(() => {});
    expect(await checkWebhookUrl('https://nowhere.invalid/', { allowHosts: [], lookup: fails })).toBe('the host name nowhere.invalid does not resolve');
    expect(await checkWebhookUrl('https://slow.example/', { allowHosts: [], lookup: hangs, lookupTimeoutMs: 20 })).toBe(
      'the host name slow.example does not resolve',
    );
    expect(await checkWebhookUrl('https://empty.example/', { allowHosts: [], lookup: resolvesTo() })).toBe('the host name empty.example does not resolve');
  });

  it('localhost is refused through the system resolver', async () => {
    expect(await checkWebhookUrl('http://localhost:6379/', { allowHosts: [] })).toMatch(/^must reach a public address; localhost resolves to /);
  });

  it('a host on the allow list passes on any port, or only on the port it names', async () => {
    const allowHosts = ['localhost', '127.0.0.1:38571', '[::1]:3000'];
    expect(await checkWebhookUrl('http://localhost:6379/', { allowHosts, lookup: noLookup })).toBeUndefined();
    expect(await checkWebhookUrl('http://127.1:38571/hook', { allowHosts, lookup: noLookup })).toBeUndefined();
    expect(await checkWebhookUrl('http://127.0.0.1:38572/hook', { allowHosts, lookup: noLookup })).toMatch(/public address/);
    expect(await checkWebhookUrl('http://[::1]:3000/', { allowHosts, lookup: noLookup })).toBeUndefined();
    expect(isAllowedHost(new URL('https://localhost/'), ['localhost:443'])).toBe(true);
    expect(isAllowedHost(new URL('http://localhost/'), ['localhost:443'])).toBe(false);
    // Credentials are refused even for an allowed host.
    expect(webhookUrlRefusal('http://a:b@localhost/', ['localhost'])).toBe('must not contain a user name or password');
  });

  it('classifies addresses as public only when they are plain global unicast', () => {
    expect(isPublicAddress('8.8.8.8')).toBe(true);
    expect(isPublicAddress('2001:4860:4860::8888')).toBe(true);
    expect(isPublicAddress('100.127.255.255')).toBe(false);
    expect(isPublicAddress('::ffff:8.8.8.8')).toBe(false);
    expect(isPublicAddress('not an address')).toBe(false);
  });

  it('sends through a filtering agent that lets private addresses through only for allowed hosts', () => {
    const plain = webhookAgent(new URL('http://93.184.215.14/'), []);
    expect(plain).toBeInstanceOf(RequestFilteringHttpAgent);
    expect(webhookAgent(new URL('https://93.184.215.14/'), [])).toBeInstanceOf(RequestFilteringHttpsAgent);
    expect(webhookAgent(new URL('http://127.0.0.1:1/'), ['127.0.0.1'])).not.toBe(plain);
    expect(webhookAgent(new URL('http://127.0.0.1:1/'), [])).toBe(plain);
  });
});

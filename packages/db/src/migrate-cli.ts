import { loadEnv } from '@enlace/config';
import { applyMigrations } from './migrate.js';

const env = loadEnv();
await applyMigrations(env.DATABASE_URL);
console.log(JSON.stringify({ msg: 'migrations applied', database: new URL(env.DATABASE_URL).pathname.slice(1) }));

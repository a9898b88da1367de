/*
 * Writes src/api/schema.d.ts, the web interface's types of the API, from the API's own
 * OpenAPI document (built in memory, no server needed). Run after changing a route:
 * `npm run api-types -w @enlace/web`. A test fails while the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { apiTypes } from '../src/api/generate.js';

const target = new URL('../src/api/schema.d.ts', import.meta.url);
writeFileSync(target, await apiTypes());
console.log(`wrote ${target.pathname}`);
process.exit(0);

import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { apiTypes } from './generate.js';

it("the web's API types are those of the API as it is now (run `npm run api-types -w @enlace/web` after changing a route)", async () => {
  const committed = readFileSync(new URL('./schema.d.ts', import.meta.url), 'utf8');
  expect(committed === (await apiTypes()), 'services/web/src/api/schema.d.ts is out of date').toBe(true);
}, 60_000);

import { createTestDatabase } from '@enlace/db/testing';
import { institutions } from '@enlace/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ResolvedInstitutions, resolveInstitutions } from './institutions.js';

let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  database = await createTestDatabase('institutions');
});
afterAll(() => database.drop());

const named = (name: string) => ({ country: 'AO', institution: { name } });
const rowsNamed = (name: string) => database.db.select().from(institutions).where(eq(institutions.name, name));

describe('resolving the institutions of a batch', () => {
  it('remembers, for the run that keeps them, the institutions it met, and looks only new ones up', async () => {
    const resolved: ResolvedInstitutions = new Map();
    const first = await resolveInstitutions(database.db, [named('Ministério da Saúde'), named('Instituto Nacional de Estatística')], resolved);
    const health = first('AO', 'Ministério da Saúde');
    expect(resolved.size).toBe(2);

    // Had the next chunk looked the ministry up again, it would find no row and create one.
    await database.db.delete(institutions).where(eq(institutions.id, health));
    const next = await resolveInstitutions(database.db, [named('Ministério da Saúde'), named('Universidade Agostinho Neto')], resolved);
    expect(next('AO', 'Ministério da Saúde')).toBe(health);
    expect(await rowsNamed('Ministério da Saúde')).toEqual([]);
    expect(await rowsNamed('Universidade Agostinho Neto')).toHaveLength(1);
    expect(resolved.size).toBe(3);
  });

  it('looks every institution up when no run keeps them', async () => {
    const once = await resolveInstitutions(database.db, [named('Ministério da Educação')]);
    await database.db.delete(institutions).where(eq(institutions.id, once('AO', 'Ministério da Educação')));
    await resolveInstitutions(database.db, [named('Ministério da Educação')]);
    expect(await rowsNamed('Ministério da Educação')).toHaveLength(1);
  });
});

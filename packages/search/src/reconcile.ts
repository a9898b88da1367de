import type { Index } from 'meilisearch';

/*
 * What reconciliation asks of an index. Comparing it with PostgreSQL, and repairing the
 * drift, is the caller's work (it reads the rows): search only says what it holds.
 */
type Versioned = { id: string; updatedAt: number };

/** The `updatedAt` of each of these documents that the index holds. */
export async function indexedVersions<D extends Versioned>(index: Index<D>, ids: readonly string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const docs = await index.getDocuments({ ids: [...ids], fields: ['id', 'updatedAt'], limit: ids.length });
  return new Map(docs.results.map((d) => [d.id, d.updatedAt]));
}

/** One page of the ids the index holds, in its own order. */
export async function indexedIds<D extends Versioned>(index: Index<D>, offset: number, limit: number): Promise<string[]> {
  const page = await index.getDocuments({ fields: ['id'], limit, offset });
  return page.results.map((d) => d.id);
}

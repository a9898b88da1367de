import type { Database } from '@enlace/db';
import type { CorpusStats } from '@enlace/matching';
import { documentFrequencies } from '@enlace/registry/internal';

/**
 * Document frequencies read from the stored profiles, kept for a while: IDF moves
 * slowly, and reading it for every batch would cost more than the batch at scale.
 */
export class CorpusStatsCache {
  #stats: CorpusStats | undefined;
  #loadedAt = 0;
  #dirty = false;

  constructor(
    private readonly db: Database,
    private readonly maxAgeMs = 60_000,
  ) {}

  /** New profiles were stored: reload before the next use if the corpus is still small. */
  invalidate(): void {
    this.#dirty = true;
  }

  async get(): Promise<CorpusStats> {
    const small = (this.#stats?.documents ?? 0) < 20_000;
    if (!this.#stats || Date.now() - this.#loadedAt > this.maxAgeMs || (this.#dirty && small)) {
      const { documents, df } = await documentFrequencies(this.db);
      this.#stats = { documents, df: (term: string) => df.get(term) ?? 0 };
      this.#loadedAt = Date.now();
      this.#dirty = false;
    }
    return this.#stats;
  }
}

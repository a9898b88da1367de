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
  #loads = 0;

  constructor(
    private readonly db: Database,
    private readonly maxAgeMs = 60_000,
  ) {}

  /**
   * New profiles were stored: reload before the next use while the corpus is small, where
   * each listing moves the frequencies; a larger one is reloaded at most every few
   * seconds (a catalogue's import would otherwise re-read every profile per batch).
   */
  invalidate(): void {
    this.#dirty = true;
  }

  async get(): Promise<CorpusStats> {
    const age = Date.now() - this.#loadedAt;
    const small = (this.#stats?.documents ?? 0) < 2_000;
    if (!this.#stats || age > this.maxAgeMs || (this.#dirty && (small || age > 10_000))) {
      const { documents, df } = await documentFrequencies(this.db);
      // A version lets the scorer keep each profile's weighted vector while these hold.
      this.#stats = { documents, df: (term: string) => df.get(term) ?? 0, version: ++this.#loads };
      this.#loadedAt = Date.now();
      this.#dirty = false;
    }
    return this.#stats;
  }
}

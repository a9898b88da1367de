import type { Database } from '@enlace/db';
import type { CorpusStats, TermProfile } from '@enlace/matching';
import { documentFrequencies } from '@enlace/registry/internal';

/**
 * Document frequencies read from the stored profiles, kept for a while: IDF moves
 * slowly, and reading it for every batch would cost more than the batch at scale
 * (a full read is one pass over every profile's terms: 1.5 s at 20,000 listings).
 */
export class CorpusStatsCache {
  #stats: CorpusStats | undefined;
  #df = new Map<string, number>();
  #loadedAt = 0;
  #dirty = false;
  #loads = 0;

  /**
   * `maxAgeMs`: how long a full read holds. `largeFrom`: from this many profiles on, new
   * ones are counted in rather than the whole corpus read again.
   */
  constructor(
    private readonly db: Database,
    private readonly opts: { maxAgeMs?: number; largeFrom?: number } = {},
  ) {}

  /**
   * New profiles were stored. While the corpus is small, where each listing moves the
   * frequencies, the next use reads them all again. A large one (a catalogue being
   * imported) counts the new profiles in at once; its full read every `maxAgeMs` also
   * brings other workers' profiles and takes out the terms of content since replaced.
   */
  added(profiles: readonly TermProfile[]): void {
    if (profiles.length === 0) return;
    if (!this.#stats || this.#stats.documents < (this.opts.largeFrom ?? 2_000)) {
      this.#dirty = true;
      return;
    }
    // A new map, not the old one changed: a batch scoring with the current version keeps its counts.
    const df = new Map(this.#df);
    for (const p of profiles) for (const term of Object.keys(p.terms)) df.set(term, (df.get(term) ?? 0) + 1);
    this.#use(this.#stats.documents + profiles.length, df);
  }

  async get(): Promise<CorpusStats> {
    if (!this.#stats || this.#dirty || Date.now() - this.#loadedAt > (this.opts.maxAgeMs ?? 60_000)) {
      const { documents, df } = await documentFrequencies(this.db);
      this.#use(documents, df);
      this.#loadedAt = Date.now();
      this.#dirty = false;
    }
    return this.#stats!;
  }

  #use(documents: number, df: Map<string, number>): void {
    this.#df = df;
    // A version lets the scorer keep each profile's weighted vector while these hold.
    this.#stats = { documents, df: (term: string) => df.get(term) ?? 0, version: ++this.#loads };
  }
}

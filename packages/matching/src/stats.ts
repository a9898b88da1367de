/*
 * Document frequencies of terms over the listings a ranking compares against. Kept
 * behind an interface so that a service can maintain them incrementally (add a
 * listing's terms on publish, remove them on close) in memory, Redis or a table.
 */
import type { TermProfile } from './analyze.js';

export interface CorpusStats {
  /** Number of listings counted. */
  readonly documents: number;
  /** In how many of them the term occurs. */
  df(term: string): number;
  /**
   * Changes whenever the counts change. When present, scoring caches each profile's
   * TF-IDF vector for this version (a demand is compared with many offers).
   */
  readonly version?: number;
}

/** Counts that can be updated one listing at a time. */
export class MutableCorpusStats implements CorpusStats {
  #documents = 0;
  #version = 0;
  readonly #df = new Map<string, number>();

  get documents(): number {
    return this.#documents;
  }

  get version(): number {
    return this.#version;
  }

  df(term: string): number {
    return this.#df.get(term) ?? 0;
  }

  add(profile: TermProfile): void {
    this.#version += 1;
    this.#documents += 1;
    for (const t of Object.keys(profile.terms)) this.#df.set(t, (this.#df.get(t) ?? 0) + 1);
  }

  remove(profile: TermProfile): void {
    this.#version += 1;
    this.#documents = Math.max(0, this.#documents - 1);
    for (const t of Object.keys(profile.terms)) {
      const n = (this.#df.get(t) ?? 0) - 1;
      if (n > 0) this.#df.set(t, n);
      else this.#df.delete(t);
    }
  }
}

export function buildCorpusStats(profiles: Iterable<TermProfile>): MutableCorpusStats {
  const stats = new MutableCorpusStats();
  for (const p of profiles) stats.add(p);
  return stats;
}

/**
 * Inverse document frequency, BM25's form: ln(1 + (N − df + 0.5) / (df + 0.5)).
 * Always positive; a term no counted listing has gets the highest value.
 */
export function idf(stats: CorpusStats, term: string): number {
  const n = stats.documents;
  const df = Math.min(stats.df(term), n);
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

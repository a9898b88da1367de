/*
 * The text signal's arithmetic: the cosine of two term profiles' TF-IDF vectors, where a
 * term's weight is ln(1 + tf) · idf. A listing meets hundreds of candidates, and on the
 * matching bench (20,000 listings) the cosine was the largest part of the worker's own
 * time, so a profile's terms are kept as numbers in sorted arrays (a comparison is a
 * merge) and only what depends on the corpus (each term's IDF, each profile's norm) is
 * worked out again when the corpus statistics change: they change with every listing
 * published, and a catalogue's vectors rebuilt each time cost more than the cosines.
 */
import type { TermProfile } from './analyze.js';
import { idf, type CorpusStats } from './stats.js';

/**
 * Terms are numbered as the process meets them. A long-lived worker meets new terms with
 * every new listing, so past a bound the numbering starts over and whatever was numbered
 * before is numbered again. It starts over only between two comparisons, so both sides
 * of a comparison are always in one numbering.
 */
let termNumbersMax = 1_000_000;
let termNumbers = new Map<string, number>();
let termsByNumber: string[] = [];
let numbering = 0;

/** Numbers terms afresh, up to about `max` of them before the next fresh start (tests lower it). */
export function startTermNumberingOver(max = termNumbersMax): void {
  termNumbersMax = max;
  termNumbers = new Map();
  termsByNumber = [];
  numbering += 1;
}

function termNumber(term: string): number {
  let n = termNumbers.get(term);
  if (n === undefined) {
    n = termsByNumber.length;
    termNumbers.set(term, n);
    termsByNumber.push(term);
  }
  return n;
}

/** A profile's terms by number, ascending, with ln(1 + tf) for each: what no corpus changes. */
interface Terms {
  readonly ids: Int32Array;
  readonly logTf: Float64Array;
  readonly numbering: number;
}

const termsCache = new WeakMap<TermProfile, Terms>();

function termsOf(profile: TermProfile): Terms {
  const hit = termsCache.get(profile);
  if (hit?.numbering === numbering) return hit;
  const entries: { id: number; logTf: number }[] = [];
  for (const term in profile.terms) {
    const tf = profile.terms[term]!;
    // A term counted zero times weighs nothing (idf is always positive).
    if (tf > 0) entries.push({ id: termNumber(term), logTf: Math.log1p(tf) });
  }
  entries.sort((a, b) => a.id - b.id);
  const terms = { ids: Int32Array.from(entries, (e) => e.id), logTf: Float64Array.from(entries, (e) => e.logTf), numbering };
  termsCache.set(profile, terms);
  return terms;
}

/**
 * Each term's IDF under one version of the corpus statistics, filled as terms are met.
 * Statistics without a version may change at any time: nothing is kept for them.
 */
class IdfTable {
  // Allocated on first use: statistics without a version get a table at every comparison.
  #values = new Float64Array(0);
  #known = new Uint8Array(0);

  constructor(
    private readonly stats: CorpusStats,
    readonly version: number | undefined,
    readonly numbering: number,
  ) {}

  get(id: number): number {
    if (this.version === undefined) return idf(this.stats, termsByNumber[id]!);
    if (id >= this.#known.length) this.#grow(id);
    if (this.#known[id] === 0) {
      this.#values[id] = idf(this.stats, termsByNumber[id]!);
      this.#known[id] = 1;
    }
    return this.#values[id]!;
  }

  #grow(id: number): void {
    const size = Math.max(id + 1, this.#known.length * 2, 1024);
    const [values, known] = [new Float64Array(size), new Uint8Array(size)];
    values.set(this.#values);
    known.set(this.#known);
    [this.#values, this.#known] = [values, known];
  }
}

const idfTables = new WeakMap<CorpusStats, IdfTable>();

function idfTableFor(stats: CorpusStats): IdfTable {
  const table = idfTables.get(stats);
  if (table && table.version === stats.version && table.numbering === numbering && stats.version !== undefined) return table;
  const fresh = new IdfTable(stats, stats.version, numbering);
  idfTables.set(stats, fresh);
  return fresh;
}

const normCache = new WeakMap<TermProfile, { table: IdfTable; norm: number }>();

function normOf(profile: TermProfile, terms: Terms, table: IdfTable): number {
  const hit = normCache.get(profile);
  if (hit?.table === table) return hit.norm;
  let sq = 0;
  for (let i = 0; i < terms.ids.length; i++) {
    const w = terms.logTf[i]! * table.get(terms.ids[i]!);
    sq += w * w;
  }
  const norm = Math.sqrt(sq);
  normCache.set(profile, { table, norm });
  return norm;
}

/** The cosine of two profiles' TF-IDF vectors; `onShared` hears each shared term's part of it. */
export function cosine(a: TermProfile, b: TermProfile, stats: CorpusStats, onShared?: (term: string, share: number) => void): number {
  if (termsByNumber.length >= termNumbersMax) startTermNumberingOver();
  const [ta, tb] = [termsOf(a), termsOf(b)];
  const table = idfTableFor(stats);
  const norms = normOf(a, ta, table) * normOf(b, tb, table);
  if (norms === 0) return 0;
  let dot = 0;
  for (let i = 0, j = 0; i < ta.ids.length && j < tb.ids.length;) {
    const x = ta.ids[i]!;
    const y = tb.ids[j]!;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      const w = table.get(x);
      const c = (ta.logTf[i]! * w * (tb.logTf[j]! * w)) / norms;
      dot += c;
      onShared?.(termsByNumber[x]!, c);
      i++;
      j++;
    }
  }
  return Math.min(1, dot);
}

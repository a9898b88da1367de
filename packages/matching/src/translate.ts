/*
 * Machine translation of listing texts into the pivot language (Spanish) with Apertium,
 * the rule-based translator Debian packages (apertium, apertium-fr-es, apertium-es-pt,
 * apertium-eng-spa). Runs fully offline.
 *
 * Texts of one language are translated in batches: one `apertium` process per batch,
 * the texts separated by a marker paragraph that Apertium copies through unchanged
 * (an unknown word). One process per text costs ~110 ms; in a batch a paragraph costs
 * ~6 ms. If a batch comes back with a marker missing or mangled, its texts are
 * translated one by one, so a marker problem costs time, never a wrong alignment.
 */
import { spawn } from 'node:child_process';
import type { Language } from '@enlace/domain';

export const PIVOT_LANGUAGE = 'es' satisfies Language;

/** Apertium mode translating each language into the pivot. */
export const APERTIUM_MODES: Readonly<Record<Exclude<Language, 'es'>, string>> = {
  en: 'eng-spa',
  pt: 'pt-es',
  fr: 'fr-es',
};

/** Apertium mode translating the pivot into each language: the way back, for readers. */
export const APERTIUM_MODES_FROM_PIVOT: Readonly<Record<Exclude<Language, 'es'>, string>> = {
  en: 'spa-eng',
  pt: 'es-pt',
  fr: 'es-fr',
};

export const APERTIUM_INSTALL_HINT = 'Apertium is not installed: apt-get install apertium apertium-fr-es apertium-es-pt apertium-eng-spa';

export interface PivotItem {
  text: string;
  language: Language;
}

export interface Translator {
  /** The texts in the pivot language, in the order given. Spanish texts pass through. */
  toPivot(items: readonly PivotItem[]): Promise<string[]>;
  /**
   * The texts, all written in `from`, in the reader's language `to`: directly to or from
   * Spanish, otherwise through Spanish (Apertium has no fr-pt or en-fr pair here).
   */
  translate(texts: readonly string[], from: Language, to: Language): Promise<string[]>;
  /** Stops any translation still running; later calls fail. */
  close(): Promise<void>;
}

/** Where translations may be kept between runs (a file, Redis, a table...). */
export interface TranslationCache {
  get(language: Language, text: string): string | undefined;
  set(language: Language, text: string, translation: string): void;
}

export interface TranslatorOptions {
  /** The Apertium executable; default `apertium` on the PATH. */
  command?: string;
  /** Longest a batch may run, in ms, before it is killed: base + per 1,000 characters. */
  timeoutMs?: number;
  timeoutPerKiloCharMs?: number;
  /** Characters per batch (one process). */
  maxBatchChars?: number;
  /** Batches run at the same time. */
  concurrency?: number;
  cache?: TranslationCache;
}

export class TranslationError extends Error {
  override name = 'TranslationError';
}

const MARKER_WORD = 'ENLACEXSEPARATORX';
const markerLine = (i: number) => `${MARKER_WORD}${i}`;
const MARKER_RE = new RegExp(`^[\\s*#@]*${MARKER_WORD}(\\d+)[\\s.]*$`);

interface Running {
  kill(): void;
}

export function createTranslator(opts: TranslatorOptions = {}): Translator {
  const command = opts.command ?? 'apertium';
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const perKilo = opts.timeoutPerKiloCharMs ?? 50;
  const maxBatchChars = opts.maxBatchChars ?? 100_000;
  const concurrency = Math.max(1, opts.concurrency ?? 2);
  const running = new Set<Running>();
  let closed = false;
  let checked: Promise<void> | undefined;

  function run(mode: string, input: string): Promise<string> {
    if (closed) return Promise.reject(new TranslationError('translator is closed'));
    const timeout = timeoutMs + Math.ceil(input.length / 1000) * perKilo;
    return new Promise<string>((resolve, reject) => {
      // The apertium script reads /dev/stdin, which a Node socket pipe cannot serve:
      // bash hands it a real pipe through cat.
      const child = spawn('bash', ['-c', `cat | ${shellQuote(command)} -u ${shellQuote(mode)}`], {
        stdio: ['pipe', 'pipe', 'pipe'],
        detached: true,
        env: { ...process.env, LC_ALL: 'C.UTF-8' },
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      let settled = false;
      const handle: Running = {
        kill: () => {
          try {
            if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
          } catch {
            /* already gone */
          }
        },
      };
      running.add(handle);
      const finish = (e: Error | null, value?: string) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        running.delete(handle);
        if (e) reject(e);
        else resolve(value ?? '');
      };
      const timer = setTimeout(() => {
        handle.kill();
        finish(new TranslationError(`apertium ${mode} timed out after ${timeout} ms`));
      }, timeout);
      child.stdout.on('data', (b: Buffer) => out.push(b));
      child.stderr.on('data', (b: Buffer) => err.push(b));
      child.on('error', (e) => finish(new TranslationError(`could not start apertium: ${e.message}`)));
      child.on('close', (code) => {
        const stderr = Buffer.concat(err).toString('utf8').trim();
        if (closed) finish(new TranslationError('translator was closed'));
        else if (/command not found|No such file/i.test(stderr)) finish(new TranslationError(APERTIUM_INSTALL_HINT));
        else if (/mode .* does not exist/i.test(stderr)) {
          finish(new TranslationError(`Apertium has no ${mode} mode: ${APERTIUM_INSTALL_HINT}`));
        } else if (code !== 0) {
          finish(new TranslationError(`apertium ${mode} failed (exit ${code}): ${stderr.slice(0, 500)}`));
        } else finish(null, Buffer.concat(out).toString('utf8'));
      });
      child.stdin.on('error', () => {
        /* reported through close */
      });
      child.stdin.end(input);
    });
  }

  function ensureInstalled(): Promise<void> {
    checked ??= new Promise<void>((resolve, reject) => {
      const child = spawn('bash', ['-c', `command -v ${shellQuote(command)}`], { stdio: 'ignore' });
      child.on('error', () => reject(new TranslationError(APERTIUM_INSTALL_HINT)));
      child.on('close', (code) => (code === 0 ? resolve() : reject(new TranslationError(APERTIUM_INSTALL_HINT))));
    });
    return checked;
  }

  async function translateBatch(mode: string, texts: readonly string[]): Promise<string[]> {
    if (texts.length === 1) return [cleanOutput(await run(mode, texts[0]!))];
    const input = texts.map((t, i) => `${i === 0 ? '' : `\n\n${markerLine(i)}\n\n`}${t}`).join('') + '\n';
    const output = await run(mode, input);
    const parts = splitOnMarkers(output, texts.length);
    if (parts) return parts.map(cleanOutput);
    // A marker did not survive: fall back to one process per text.
    const result: string[] = [];
    for (const t of texts) result.push(cleanOutput(await run(mode, t)));
    return result;
  }

  async function toPivot(items: readonly PivotItem[]): Promise<string[]> {
    if (closed) throw new TranslationError('translator is closed');
    const result: string[] = items.map((it) => (it.language === PIVOT_LANGUAGE ? it.text : ''));
    // Unique texts per language still to translate.
    const todo = new Map<Language, Map<string, number[]>>();
    items.forEach((it, i) => {
      if (it.language === PIVOT_LANGUAGE) return;
      if (!(it.language in APERTIUM_MODES)) throw new TranslationError(`no translation from language ${String(it.language)}`);
      const text = normalizeInput(it.text);
      if (text === '') return;
      const hit = opts.cache?.get(it.language, text);
      if (hit !== undefined) {
        result[i] = hit;
        return;
      }
      const byText = todo.get(it.language) ?? new Map<string, number[]>();
      todo.set(it.language, byText);
      byText.set(text, [...(byText.get(text) ?? []), i]);
    });
    if (todo.size === 0) return result;
    await ensureInstalled();

    const jobs: (() => Promise<void>)[] = [];
    for (const [language, byText] of todo) {
      const mode = APERTIUM_MODES[language as Exclude<Language, 'es'>];
      for (const batch of chunk([...byText.keys()], maxBatchChars)) {
        jobs.push(async () => {
          const translated = await translateBatch(mode, batch);
          batch.forEach((text, k) => {
            const t = translated[k] ?? '';
            opts.cache?.set(language, text, t);
            for (const i of byText.get(text) ?? []) result[i] = t;
          });
        });
      }
    }
    await runLimited(jobs, concurrency);
    return result;
  }

  async function translate(texts: readonly string[], from: Language, to: Language): Promise<string[]> {
    if (closed) throw new TranslationError('translator is closed');
    if (from === to) return [...texts];
    const pivot = from === PIVOT_LANGUAGE ? [...texts] : await toPivot(texts.map((text) => ({ text, language: from })));
    if (to === PIVOT_LANGUAGE) return pivot;
    const mode = APERTIUM_MODES_FROM_PIVOT[to as Exclude<Language, 'es'>];
    if (!mode) throw new TranslationError(`no translation into language ${String(to)}`);
    await ensureInstalled();
    const inputs = pivot.map(normalizeInput);
    const todo = inputs.filter((t) => t !== '');
    const translated = todo.length === 0 ? [] : await translateBatch(mode, todo);
    let k = 0;
    return inputs.map((t) => (t === '' ? '' : (translated[k++] ?? '')));
  }

  async function close(): Promise<void> {
    closed = true;
    for (const r of running) r.kill();
    running.clear();
  }

  return { toPivot, translate, close };
}

/** Paragraph breaks are kept; a marker-like line in a text cannot confuse the split. */
function normalizeInput(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(new RegExp(MARKER_WORD, 'gi'), ' ').trim();
}

function cleanOutput(text: string): string {
  return text.trim();
}

/** The n texts between the markers 1..n-1, or undefined when a marker is missing. */
function splitOnMarkers(output: string, n: number): string[] | undefined {
  const parts: string[] = [];
  let current: string[] = [];
  let expected = 1;
  for (const line of output.split('\n')) {
    const m = MARKER_RE.exec(line);
    if (m) {
      if (Number(m[1]) !== expected) return undefined;
      parts.push(current.join('\n'));
      current = [];
      expected += 1;
    } else current.push(line);
  }
  parts.push(current.join('\n'));
  return parts.length === n ? parts : undefined;
}

function chunk(texts: string[], maxChars: number): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  let size = 0;
  for (const t of texts) {
    if (cur.length > 0 && size + t.length > maxChars) {
      out.push(cur);
      cur = [];
      size = 0;
    }
    cur.push(t);
    size += t.length + 32;
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

async function runLimited(jobs: (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++]!;
      await job();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

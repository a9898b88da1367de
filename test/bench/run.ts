/*
 * `npm run bench [-- name…]`: runs every `*.bench.ts` in this folder in sequence (or only
 * those whose name is given), prints each one's table, and writes its figures to
 * results/<name>.json, its table and notes to results/<name>.md and to a section of
 * results/README.md.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type Log = (message: string) => void;

/** What a benchmark file's `run` export returns. */
export interface BenchResult {
  /** results/<name>.json, and the README section's key. */
  readonly name: string;
  readonly title: string;
  readonly figures: object;
  readonly table: { readonly columns: readonly string[]; readonly rows: readonly (readonly string[])[] };
  /** One line: the figure and whether it meets its target. */
  readonly verdict: string;
  readonly notes: readonly string[];
}

interface BenchModule {
  run(log: Log): Promise<BenchResult>;
}

const here = dirname(fileURLToPath(import.meta.url));
const resultsDir = join(here, 'results');
const readmePath = join(resultsDir, 'README.md');

function textTable(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((c, i) => Math.max(c.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(columns), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function markdownTable(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  const align = columns.map((_, i) => (i === 0 ? '---' : '---:'));
  return [columns, align, ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

function section(result: BenchResult): string {
  return [
    `<!-- bench:${result.name} -->`,
    `## ${result.title}`,
    '',
    markdownTable(result.table.columns, result.table.rows),
    '',
    result.verdict,
    '',
    ...result.notes.map((n) => `- ${n}`),
    '',
    `Figures: [\`${result.name}.json\`](./${result.name}.json).`,
    `<!-- /bench:${result.name} -->`,
  ].join('\n');
}

/** results/<name>.md: the latest run of one benchmark on its own page. */
function markdown(result: BenchResult): string {
  const body = section(result).split('\n').slice(1, -1);
  body[0] = body[0]!.replace(/^## /, '# ');
  return `${body.join('\n')}\n`;
}

/** Replaces the benchmark's section of the README, or appends it. */
async function writeReadme(result: BenchResult): Promise<void> {
  const header = '# Benchmark results\n\nWritten by `npm run bench` (test/bench/run.ts); each section is replaced by the latest run of its benchmark.\n';
  const current = existsSync(readmePath) ? await readFile(readmePath, 'utf8') : header;
  const start = `<!-- bench:${result.name} -->`;
  const end = `<!-- /bench:${result.name} -->`;
  const i = current.indexOf(start);
  const j = current.indexOf(end);
  const next = i >= 0 && j > i ? current.slice(0, i) + section(result) + current.slice(j + end.length) : `${current.trimEnd()}\n\n${section(result)}\n`;
  await writeFile(readmePath, next);
}

async function main() {
  const wanted = process.argv.slice(2);
  const files = (await readdir(here))
    .filter((f) => f.endsWith('.bench.ts'))
    // A name also runs its variants: `notifications` runs notifications-import too.
    .filter((f) => {
      const name = f.replace(/\.bench\.ts$/, '');
      return wanted.length === 0 || wanted.some((w) => name === w || name.startsWith(`${w}-`));
    })
    .sort();
  if (files.length === 0) throw new Error(`no benchmark matches ${wanted.join(', ')}`);
  await mkdir(resultsDir, { recursive: true });

  let failed = false;
  for (const file of files) {
    const started = performance.now();
    const log: Log = (m) => console.log(`[${file} +${((performance.now() - started) / 1000).toFixed(1)}s] ${m}`);
    log('start');
    try {
      const mod = (await import(pathToFileURL(join(here, file)).href)) as BenchModule;
      const result = await mod.run(log);
      await writeFile(join(resultsDir, `${result.name}.json`), `${JSON.stringify(result.figures, null, 2)}\n`);
      await writeFile(join(resultsDir, `${result.name}.md`), markdown(result));
      await writeReadme(result);
      console.log(`\n${result.title}\n\n${textTable(result.table.columns, result.table.rows)}\n\n${result.verdict.replace(/\*\*/g, '')}\n`);
      log(`done; figures in ${join('test/bench/results', `${result.name}.json`)}`);
    } catch (err) {
      failed = true;
      console.error(`[${file}] failed:`, err);
    }
  }
  if (failed) process.exitCode = 1;
}

await main();

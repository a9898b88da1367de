/*
 * The expert half of `npm run eval -- --experts DIR` (shared/eval/dev-experts/NOTES.md):
 * registers each expert through the HTTP API as staff, validates them, waits for the
 * worker to suggest them, then reads each demand's experts from the API and scores them
 * next to the ranking that was served before (experts-before.ts), in the same run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '@enlace/db';
import { effectiveSdgGoals, type Language, type ListingView } from '@enlace/domain';
import { type ExpertEvalLine, formatExpertScores, parseExpertLines, parseQrels, scoreExpertRankings } from '@enlace/matching';
import type { Producer } from '@enlace/queue';
import type { SearchHandle } from '@enlace/search';
import { type BeforeExpert, rankExpertsBefore } from './experts-before.js';
import { waitUntilSettled } from './settle.js';

type Api = <T>(path: string, init?: RequestInit) => Promise<T>;

export async function measureExperts(opts: {
  api: Api;
  db: Database;
  producer: Producer;
  search: SearchHandle;
  dir: string;
  /** Demand external id → its id in this run. */
  demands: ReadonlyMap<string, string>;
  out: string;
  log: (msg: string, extra?: Record<string, unknown>) => void;
}): Promise<void> {
  const { api, log } = opts;
  const lines = parseExpertLines(readFileSync(join(opts.dir, 'experts.jsonl'), 'utf8'));
  const refOf = new Map<string, string>();
  const roster = new Map<string, BeforeExpert>();
  const started = Date.now();
  for (const { ref, ...registration } of lines) {
    const { id } = await api<{ id: string }>('/v1/experts', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(registration),
    });
    await api(`/v1/experts/${id}/validate`, { method: 'POST' });
    refOf.set(id, ref);
    const e = registration as Omit<ExpertEvalLine, 'ref'>;
    roster.set(id, { ...e, id, status: 'validated', sdgTargets: e.sdgTargets ?? [], sdgGoals: effectiveSdgGoals(e.sdgGoals, e.sdgTargets) });
  }
  log('experts registered and validated', { experts: lines.length });
  await waitUntilSettled(opts.db, opts.producer, { onWait: (state) => log('waiting for expert suggestions', state) });
  log('experts suggested', { seconds: (Date.now() - started) / 1000 });

  const served = new Map<string, string[]>();
  const before = new Map<string, string[]>();
  const out: string[] = [];
  for (const [externalId, id] of opts.demands) {
    const { items } = await api<{ items: { expert: { id: string }; score: number }[] }>(`/v1/listings/${id}/experts?limit=50`);
    const refs = items.map((c) => refOf.get(c.expert.id) ?? c.expert.id);
    served.set(externalId, refs);
    items.forEach((c, i) => out.push([externalId, i + 1, refOf.get(c.expert.id) ?? c.expert.id, c.score.toFixed(4)].join('\t')));
    const view = await api<ListingView>(`/v1/listings/${id}`);
    before.set(
      externalId,
      (await rankExpertsBefore(opts.search, view, roster)).map((e) => refOf.get(e) ?? e),
    );
  }
  writeFileSync(opts.out, `${out.join('\n')}\n`);
  log('expert rankings written', { file: opts.out, lines: out.length });

  const qrels = parseQrels(readFileSync(join(opts.dir, 'qrels.tsv'), 'utf8'));
  const subjects = {
    demands: new Map<string, { language: Language; country: string }>(),
    experts: new Map(lines.map((l) => [l.ref, { language: l.language, country: l.country }])),
  };
  for (const [externalId, id] of opts.demands) {
    const view = await api<ListingView>(`/v1/listings/${id}`);
    subjects.demands.set(externalId, { language: view.language, country: view.country });
  }
  console.log(formatExpertScores('Enlace experts (HTTP API)', scoreExpertRankings(served, qrels, subjects)));
  console.log(formatExpertScores('the ranking before (ca7f2cb)', scoreExpertRankings(before, qrels, subjects)));
}

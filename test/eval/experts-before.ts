/*
 * The expert ranking as it was before the worker stored suggestions (commit ca7f2cb),
 * kept only so that `npm run eval` can print it next to today's in the same run: scored
 * on request from the experts index's candidates, on shared tags (targets 0.35, sectors
 * 0.25, goals 0.15), the text (0.25: glossary concepts shared with the profile, or the
 * index's relevance for the demand's title words), and 0.6 without a common language.
 */
import type { ListingView } from '@enlace/domain';
import { contentTokens, findConcepts } from '@enlace/matching';
import type { SearchHandle } from '@enlace/search';

export interface BeforeExpert {
  id: string;
  country: string;
  status: string;
  language: ListingView['language'];
  profile: string;
  sectors: readonly string[];
  sdgGoals: readonly number[];
  sdgTargets: readonly string[];
  workingLanguages: readonly string[];
}

function ochiai<T>(a: readonly T[], b: readonly T[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size === 0 || sb.size === 0) return 0;
  return [...sa].filter((x) => sb.has(x)).length / Math.sqrt(sa.size * sb.size);
}

const quote = (v: string | number) => JSON.stringify(v);

function titleQuery(demand: ListingView): string {
  const words = contentTokens(demand.title, demand.language)
    .flat()
    .map((t) => t.word);
  return [...new Set(words)].slice(0, 10).join(' ');
}

/** The candidates the experts index gave (tags, and the title's words with their relevance). */
async function candidates(search: SearchHandle, demand: ListingView): Promise<{ ids: string[]; relevance: Map<string, number> }> {
  const base = ['status = "validated"', `country != ${quote(demand.country)}`];
  const tagQueries = [
    (demand.sdgTargets ?? []).map((t) => `sdgTargets = ${quote(t)}`),
    demand.sectors.map((s) => `sectors = ${quote(s)}`),
    demand.sdgGoalsEffective.map((g) => `sdgGoals = ${g}`),
  ].filter((c) => c.length > 0);
  const q = titleQuery(demand);
  const { results } = await search.client.multiSearch({
    queries: [
      ...(q
        ? [
            {
              indexUid: search.expertsUid,
              q,
              filter: base,
              limit: 50,
              attributesToRetrieve: ['id'],
              showRankingScore: true,
              matchingStrategy: 'frequency' as const,
            },
          ]
        : []),
      ...tagQueries.map((clauses) => ({
        indexUid: search.expertsUid,
        q: '',
        filter: [...base, `(${clauses.join(' OR ')})`],
        limit: 100,
        attributesToRetrieve: ['id'],
      })),
    ],
  });
  const relevance = new Map<string, number>();
  if (q) for (const hit of results[0]?.hits ?? []) relevance.set(String(hit.id), Number(hit._rankingScore ?? 0));
  return { ids: [...new Set(results.flatMap((r) => r.hits.map((h) => String(h.id))))], relevance };
}

function concepts(text: string, language: ListingView['language']): Set<string> {
  return new Set(findConcepts(contentTokens(text, language), language).keys());
}

/** The best five experts for a published demand, ids best first, as the API answered before. */
export async function rankExpertsBefore(search: SearchHandle, demand: ListingView, roster: ReadonlyMap<string, BeforeExpert>): Promise<string[]> {
  const { ids, relevance } = await candidates(search, demand);
  const demandConcepts = [...concepts([demand.title, ...(demand.keywords ?? []), demand.description].join('.\n'), demand.language)];
  const demandLanguages = (demand.workingLanguages ?? []).length > 0 ? demand.workingLanguages! : [demand.language];
  return ids
    .flatMap((id) => {
      const e = roster.get(id);
      if (!e || e.status !== 'validated' || e.country === demand.country) return [];
      const text = Math.max(ochiai(demandConcepts, [...concepts(e.profile, e.language)]), Math.min(1, relevance.get(id) ?? 0));
      const tags = ochiai(demand.sdgTargets ?? [], e.sdgTargets);
      const sectors = ochiai(demand.sectors, e.sectors);
      const goals = ochiai(demand.sdgGoalsEffective, e.sdgGoals);
      const spoken = new Set(e.workingLanguages.length > 0 ? e.workingLanguages : [e.language]);
      const common = demandLanguages.some((l) => spoken.has(l));
      const score = Math.min(1, (0.35 * tags + 0.25 * sectors + 0.15 * goals + 0.25 * text) * (common ? 1 : 0.6));
      return score >= 0.1 && tags + sectors + goals + text > 0 ? [{ id, score }] : [];
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, 5)
    .map((c) => c.id);
}

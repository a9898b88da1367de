import { isoDay } from '@enlace/domain';
import {
  type CorpusStats,
  type ExpertProfile,
  type MatchProfile,
  type TermProfile,
  isExpertEligible,
  profileExperts,
  rankExperts,
  scoreExpert,
  EXPERT_MIN_SCORE,
} from '@enlace/matching';
import {
  type ExpertSource,
  type ScoredExpertPair,
  loadExpertSources,
  loadMatchSources,
  replaceDemandSuggestions,
  replaceExpertSuggestions,
  saveExpertProfiles,
  unprofiledExperts,
  validatedExpertSources,
} from '@enlace/registry/internal';
import { findCandidates } from './candidates.js';
import type { MatchmakingDeps } from './compute.js';

/**
 * How many experts a demand keeps: more than a page shows, so that a caller asking for
 * more finds them; fewer than a roster, so that a roster of thousands stays a small table.
 */
export const EXPERT_SUGGESTION_POLICY = { keep: 50 } as const;

export interface ExpertWithProfile {
  source: ExpertSource;
  profile: TermProfile;
}

/** Experts' term profiles, computing in one translation batch those missing or stale. */
export async function ensureExpertProfiles(
  deps: Pick<MatchmakingDeps, 'db' | 'translator'>,
  loaded: readonly { source: ExpertSource; profile?: TermProfile }[],
): Promise<ExpertWithProfile[]> {
  const stale = loaded.filter((e) => !e.profile).map((e) => e.source);
  const fresh = await profileExperts(stale, deps.translator);
  await saveExpertProfiles(
    deps.db,
    stale.map((s, i) => ({ expertId: s.id, contentHash: s.contentHash, pivotProfile: fresh[i]!.pivot.description, profile: fresh[i]!.terms })),
  );
  const byId = new Map(stale.map((s, i) => [s.id, fresh[i]!.terms]));
  return loaded.map((e) => ({ source: e.source, profile: e.profile ?? byId.get(e.source.id)! }));
}

function expertProfile(e: ExpertWithProfile): ExpertProfile & { id: string; contentHash: string } {
  return { ...e.source, terms: e.profile };
}

/**
 * Stores the best experts for each of these demands (their rows replaced): every
 * validated expert of another country is scored, since a roster is hundreds to a few
 * thousand people and a score is a sparse dot product. Demands no longer published get
 * their rows removed.
 */
export async function suggestExpertsForDemands(
  deps: Pick<MatchmakingDeps, 'db' | 'translator' | 'clock'>,
  demands: readonly { id: string; country: string; status: string; kind: string; profile: MatchProfile }[],
  stats: CorpusStats,
): Promise<{ demands: number; stored: number }> {
  const open = demands.filter((d) => d.kind === 'demand' && d.status === 'published');
  const countries = [...new Set(open.map((d) => d.country))];
  const experts = open.length === 0 ? [] : (await ensureExpertProfiles(deps, await validatedExpertSources(deps.db, countries))).map(expertProfile);
  const pairs: ScoredExpertPair[] = open.flatMap((d) =>
    rankExperts(d.profile, experts, stats, EXPERT_SUGGESTION_POLICY.keep).map((r) => ({
      demandId: d.id,
      expertId: r.expert.id,
      expertHash: r.expert.contentHash,
      score: r.score,
      reasons: r.reasons,
    })),
  );
  await replaceDemandSuggestions(
    deps.db,
    demands.filter((d) => d.kind === 'demand').map((d) => d.id),
    pairs,
    deps.clock.now(),
  );
  return { demands: open.length, stored: pairs.length };
}

/**
 * Stores where this expert is among the best for published demands: candidate demands
 * come from the listings index, by the profile's most telling pivot words and the
 * expert's tags, as candidates for an offer of the expert's country would; each is
 * scored and its pair replaced (replaceExpertSuggestions says which rows go). An expert
 * who is no longer validated loses every row.
 */
export async function suggestExpertToDemands(deps: MatchmakingDeps, expertId: string): Promise<{ stored: number }> {
  const now = deps.clock.now();
  const [loaded] = await loadExpertSources(deps.db, [expertId]);
  if (!loaded || loaded.source.status !== 'validated') {
    await replaceExpertSuggestions(deps.db, { id: expertId, contentHash: '' }, { scored: [], pairs: [], everything: true }, now);
    return { stored: 0 };
  }
  const [expert] = await ensureExpertProfiles(deps, [loaded]);
  const stats = await deps.stats.get();
  const me = expertProfile(expert!);
  const ids = await findCandidates(deps.search, { ...me, kind: 'offer' }, me.terms, stats, isoDay(now));
  const scored: string[] = [];
  const pairs: ScoredExpertPair[] = [];
  for (const { source, profile } of await loadMatchSources(deps.db, ids)) {
    if (!profile || source.kind !== 'demand' || source.status !== 'published' || !isExpertEligible(source, me)) continue;
    scored.push(source.id);
    const { score, reasons } = scoreExpert({ ...source, terms: profile }, me, stats);
    if (score >= EXPERT_MIN_SCORE && reasons.some((r) => r.kind !== 'working_language'))
      pairs.push({ demandId: source.id, expertId, expertHash: me.contentHash, score, reasons });
  }
  await replaceExpertSuggestions(deps.db, me, { scored, pairs }, now);
  return { stored: pairs.length };
}

/**
 * Catches up experts validated while nothing suggested them (before this existed, or
 * when their job was lost): at most `limit` per call, each as its own change would.
 */
export async function suggestUnprofiledExperts(deps: MatchmakingDeps, limit = 200): Promise<number> {
  const ids = await unprofiledExperts(deps.db, limit);
  for (const id of ids) await suggestExpertToDemands(deps, id);
  return ids.length;
}

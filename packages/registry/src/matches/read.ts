import { type DbOrTx, institutions, listings, matches } from '@enlace/db';
import { type ListingView, type MatchStage, NotFoundError, REJECTED_MATCH_STAGES, canReadListing, canSeeMatch, isoDay } from '@enlace/domain';
import { aliasedTable, and, desc, eq, gte, isNull, lte, ne, notInArray, or, sql } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import { loadListingById } from '../listings/load.js';
import { toListingView } from '../listings/view.js';

/** How many of the best stored pairs are checked against today's eligibility. */
const CANDIDATE_WINDOW = 500;

export interface StoredMatch {
  /**
   * The match's own id and stage, for its follow-up (`/v1/matches/{id}`): only for those
   * who may follow it up (the two countries and the secretariat). Others see a suggestion.
   */
  readonly id?: string;
  readonly stage?: MatchStage;
  readonly listing: ListingView;
  readonly score: number;
  readonly reasons: unknown[];
}

/**
 * A listing's best stored pairs whose other listing is eligible today, built once per
 * database handle and side and prepared: building this join took more of the API's CPU
 * than answering it took PostgreSQL (see test/bench/results/reads.md).
 */
function prepareStoredPairs(db: DbOrTx, side: 'offer' | 'demand') {
  const other = aliasedTable(listings, 'other');
  const isOffer = side === 'offer';
  const today = sql.placeholder('today');
  // The subject's best stored pairs first (an index range), then today's eligibility on
  // those only: the plan stays the same whatever the table statistics say.
  const best = db
    .select({
      counterpartId: sql<string>`${isOffer ? matches.demandId : matches.offerId}`.as('counterpart_id'),
      matchId: sql<string>`${matches.id}`.as('match_id'),
      stage: matches.stage,
      score: matches.score,
      reasons: matches.reasons,
    })
    .from(matches)
    .where(and(eq(isOffer ? matches.offerId : matches.demandId, sql.placeholder('id')), notInArray(matches.stage, [...REJECTED_MATCH_STAGES])))
    .orderBy(desc(matches.score))
    .limit(CANDIDATE_WINDOW)
    .as('best');
  return db
    .select({ listing: other, institution: institutions, matchId: best.matchId, stage: best.stage, score: best.score, reasons: best.reasons })
    .from(best)
    .innerJoin(other, eq(other.id, best.counterpartId))
    .innerJoin(institutions, eq(institutions.id, other.institutionId))
    .where(
      and(
        eq(other.status, 'published'),
        ne(other.country, sql.placeholder('country')),
        or(isNull(other.validFrom), lte(other.validFrom, today)),
        or(isNull(other.validUntil), gte(other.validUntil, today)),
        // An offer open only to some countries matches demands from those countries only.
        isOffer
          ? sql`(cardinality(${sql.placeholder('targets')}::text[]) = 0 or ${other.country} = any(${sql.placeholder('targets')}::text[]))`
          : or(
              isNull(other.targetCountries),
              sql`cardinality(${other.targetCountries}) = 0`,
              sql`${sql.placeholder('country')} = any(${other.targetCountries})`,
            ),
      ),
    )
    .orderBy(desc(best.score))
    .limit(sql.placeholder('limit'))
    .prepare(`stored_pairs_of_${side}`);
}
const storedPairQueries = new WeakMap<DbOrTx, Record<'offer' | 'demand', ReturnType<typeof prepareStoredPairs>>>();

/**
 * The best stored matches of a listing, best first. Eligibility is checked again here,
 * against today's state of the other listing, so that a match never outlives a close,
 * an expiry or a change of dates. Pairs people declined or dismissed are never shown again.
 */
export async function listMatches(ctx: Ctx, id: string, limit: number): Promise<{ subject: ListingView; items: StoredMatch[] }> {
  const subject = await loadListingById(ctx.db, id);
  if (!subject || !canReadListing(ctx.actor, subject)) throw new NotFoundError(`listing ${id} not found`);
  const view = toListingView(subject, ctx.actor);
  const today = isoDay(ctx.clock.now());
  if (subject.status !== 'published') return { subject: view, items: [] };

  const isOffer = subject.kind === 'offer';
  let prepared = storedPairQueries.get(ctx.db);
  if (!prepared) storedPairQueries.set(ctx.db, (prepared = { offer: prepareStoredPairs(ctx.db, 'offer'), demand: prepareStoredPairs(ctx.db, 'demand') }));
  const rows = await prepared[subject.kind].execute({
    id,
    country: subject.country,
    targets: subject.targetCountries ?? [],
    today,
    limit,
  });
  const subjectValid = (!subject.validFrom || subject.validFrom <= today) && (!subject.validUntil || subject.validUntil >= today);
  return {
    subject: view,
    items: subjectValid
      ? rows.map((r) => ({
          ...(canSeeMatch(ctx.actor, isOffer ? { offer: subject.country, demand: r.listing.country } : { offer: r.listing.country, demand: subject.country })
            ? { id: r.matchId, stage: r.stage }
            : {}),
          listing: toListingView({ ...r.listing, institution: r.institution }, ctx.actor),
          score: r.score,
          reasons: r.reasons,
        }))
      : [],
  };
}

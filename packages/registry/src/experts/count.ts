import { type DbOrTx, experts } from '@enlace/db';
import { and, arrayOverlaps, count, eq, gte, inArray } from 'drizzle-orm';

export interface ValidatedExpertCount {
  /** One country or several; all countries when absent. */
  readonly country?: string | readonly string[] | undefined;
  /** Experts in any of these sectors. */
  readonly sectors?: readonly string[] | undefined;
  /** Experts contributing to any of these SDG goals (declared or implied by a target). */
  readonly sdgGoals?: readonly number[] | undefined;
  /** Validated at or after this instant. */
  readonly since?: Date | undefined;
  /** Recruited through this campaign's link. */
  readonly campaignId?: string | undefined;
}

/**
 * Validated experts per country, for "expert recruitment" goals: every filter given must
 * hold (sectors and goals each match on any of their values). Countries with none are
 * absent from the map.
 */
export async function countValidatedExperts(db: DbOrTx, f: ValidatedExpertCount = {}): Promise<Map<string, number>> {
  const countries = f.country === undefined ? undefined : typeof f.country === 'string' ? [f.country] : [...f.country];
  if (countries?.length === 0) return new Map();
  const rows = await db
    .select({ country: experts.country, n: count() })
    .from(experts)
    .where(
      and(
        eq(experts.status, 'validated'),
        countries ? inArray(experts.country, countries) : undefined,
        f.sectors?.length ? arrayOverlaps(experts.sectors, [...f.sectors]) : undefined,
        f.sdgGoals?.length ? arrayOverlaps(experts.sdgGoals, [...f.sdgGoals]) : undefined,
        f.since ? gte(experts.validatedAt, f.since) : undefined,
        f.campaignId ? eq(experts.campaignId, f.campaignId) : undefined,
      ),
    )
    .groupBy(experts.country);
  return new Map(rows.map((r) => [r.country, Number(r.n)]));
}

import { experts } from '@enlace/db';
import { type ExpertView, NotFoundError, canReadExpert, canSeeExpertPrivate } from '@enlace/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import { joinedExperts, loadExpert, selectExperts } from './load.js';
import { latestExpertRevision } from './revisions.js';
import { toExpertView } from './view.js';

/** An expert the actor may read; others are reported as not found, not as forbidden. */
export async function getExpert(ctx: Ctx, id: string): Promise<ExpertView> {
  const row = await loadExpert(ctx.db, eq(experts.id, id));
  if (!row || !canReadExpert(ctx.actor, row)) throw new NotFoundError(`expert ${id} not found`);
  return toExpertView(row, ctx.actor, canSeeExpertPrivate(ctx.actor, row) ? await latestExpertRevision(ctx.db, id) : undefined);
}

/**
 * Experts by id as the actor may see them, in the order asked, skipping those gone or
 * not readable; `validatedOnly` keeps what the search index and candidate lists show.
 */
export async function expertsByIds(ctx: Ctx, ids: readonly string[], opts: { validatedOnly?: boolean } = {}): Promise<ExpertView[]> {
  if (ids.length === 0) return [];
  const rows = joinedExperts(
    await selectExperts(ctx.db).where(and(inArray(experts.id, [...ids]), opts.validatedOnly ? eq(experts.status, 'validated') : undefined)),
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row && canReadExpert(ctx.actor, row) ? [toExpertView(row, ctx.actor)] : [];
  });
}

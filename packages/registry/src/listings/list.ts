import { listings } from '@enlace/db';
import { type ListingPageQuery, type ListingView, listingPageQuerySchema } from '@enlace/domain';
import { and, desc, lt } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import { listingConditions } from './filter.js';
import { joined, selectListings } from './load.js';
import { viewsWithRevisions } from './revisions.js';

export interface ListingPage {
  readonly items: ListingView[];
  /** Pass back as `cursor` for the next page; absent on the last page. */
  readonly nextCursor?: string;
}

/** Newest first, cursor-paginated, restricted to what the actor may see. */
export async function listListings(ctx: Ctx, query: Partial<ListingPageQuery>): Promise<ListingPage> {
  const { cursor, limit, ...filter } = listingPageQuerySchema.parse(query);
  const rows = joined(
    await selectListings(ctx.db)
      .where(and(listingConditions(ctx.actor, filter), cursor ? lt(listings.seq, Number(cursor)) : undefined))
      .orderBy(desc(listings.seq))
      .limit(limit + 1),
  );
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: await viewsWithRevisions(ctx.db, page, ctx.actor),
    ...(rows.length > limit && last ? { nextCursor: String(last.seq) } : {}),
  };
}

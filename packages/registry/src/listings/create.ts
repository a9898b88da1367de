import { listingStatusHistory, listings } from '@enlace/db';
import { ConflictError, type CreateListingInput, createListingSchema, ForbiddenError, type ListingView, canWriteListing } from '@enlace/domain';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { type Ctx, actorUserId, inTransaction } from '../context.js';
import { audit, recordListingChanges } from '../journal.js';
import { contentColumns } from './columns.js';
import { resolveInstitutions } from './institutions.js';
import { loadListing } from './load.js';
import { toListingView } from './view.js';

/** Creates a draft; it becomes public only once submitted and published. */
export async function createListing(ctx: Ctx, input: CreateListingInput): Promise<ListingView> {
  const { kind, externalId, ...content } = createListingSchema.parse(input);
  if (!canWriteListing(ctx.actor, content.country)) {
    throw new ForbiddenError(`you may not create listings for ${content.country}`);
  }
  const id = randomUUID();
  const userId = actorUserId(ctx);
  return inTransaction(ctx.db, async (tx) => {
    const institutionId = await resolveInstitutions(tx, [content]).then((idOf) => idOf(content.country, content.institution.name));
    const inserted = await tx
      .insert(listings)
      .values({
        id,
        kind,
        externalId: externalId ?? id,
        status: 'draft',
        institutionId,
        ...contentColumns(content),
        createdBy: userId,
        createdAt: ctx.clock.now(),
        updatedAt: ctx.clock.now(),
      })
      .onConflictDoNothing({ target: [listings.kind, listings.country, listings.externalId] })
      .returning({ id: listings.id });
    if (inserted.length === 0) {
      throw new ConflictError(`an ${kind} of ${content.country} with externalId ${externalId} already exists`);
    }
    await tx.insert(listingStatusHistory).values({ listingId: id, fromStatus: null, toStatus: 'draft', actorUserId: userId, at: ctx.clock.now() });
    await audit(tx, { actorUserId: userId, action: 'listing.created', entityType: 'listing', entityId: id });
    await recordListingChanges(tx, [{ listingId: id, kind, country: content.country, status: 'draft', version: 1, change: 'created' }]);
    const row = await loadListing(tx, eq(listings.id, id));
    return toListingView(row!, ctx.actor);
  });
}

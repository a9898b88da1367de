import { createHash } from 'node:crypto';
import { listingTranslations } from '@enlace/db';
import { ConflictError, type Language } from '@enlace/domain';
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import { getListing } from './get.js';

/** Texts written in `from`, in `to` (the matching package's Apertium translator does this). */
export type TranslateTexts = (texts: readonly string[], from: Language, to: Language) => Promise<string[]>;

export interface ListingTranslation {
  readonly title: string;
  readonly description: string;
  readonly from: Language;
  readonly to: Language;
  readonly machineTranslated: true;
}

/**
 * A listing's title and description in the reader's language `to`, for whoever may read
 * the listing (others get the listing's own not-found). Kept in PostgreSQL per listing
 * and language, keyed by the hash of the text translated: a reader sees the text they
 * are allowed to read translated, and an edit is translated afresh on its next reading.
 */
export async function translateListing(ctx: Ctx, id: string, to: Language, translate: TranslateTexts): Promise<ListingTranslation> {
  const listing = await getListing(ctx, id);
  const from = listing.language as Language;
  if (from === to)
    throw new ConflictError(`listing ${id} is written in ${to}`, [{ field: 'lang', code: 'same_language', reason: 'the listing is already in this language' }]);
  const contentHash = createHash('sha256')
    .update(JSON.stringify([from, listing.title, listing.description]))
    .digest('hex');
  const [kept] = await ctx.db
    .select({ title: listingTranslations.title, description: listingTranslations.description })
    .from(listingTranslations)
    .where(and(eq(listingTranslations.listingId, listing.id), eq(listingTranslations.language, to), eq(listingTranslations.contentHash, contentHash)));
  if (kept) return { ...kept, from, to, machineTranslated: true };

  const [title = '', description = ''] = await translate([listing.title, listing.description], from, to);
  await ctx.db
    .insert(listingTranslations)
    .values({ listingId: listing.id, language: to, contentHash, title, description })
    .onConflictDoUpdate({
      target: [listingTranslations.listingId, listingTranslations.language],
      set: { contentHash, title, description, createdAt: ctx.clock.now() },
    });
  return { title, description, from, to, machineTranslated: true };
}

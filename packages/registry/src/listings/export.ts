import { listings } from '@enlace/db';
import { type InterchangeListing, type ListingFilter, listingFilterSchema } from '@enlace/domain';
import { and, asc, gt } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import { listingConditions } from './filter.js';
import { joined, selectListings } from './load.js';
import { toInterchange } from './view.js';

/**
 * Every listing the actor may see, in the interchange format, read in batches by
 * insertion order so that memory stays flat whatever the size of the registry.
 */
export async function* exportListings(ctx: Ctx, filter: Partial<ListingFilter> = {}, batchSize = 1000): AsyncGenerator<InterchangeListing> {
  const conditions = listingConditions(ctx.actor, listingFilterSchema.parse(filter));
  let after = 0;
  for (;;) {
    const rows = joined(
      await selectListings(ctx.db)
        .where(and(conditions, gt(listings.seq, after)))
        .orderBy(asc(listings.seq))
        .limit(batchSize),
    );
    for (const row of rows) yield toInterchange(row, ctx.actor);
    if (rows.length < batchSize) return;
    after = rows.at(-1)!.seq;
  }
}

/** Column order of the CSV export; lists are joined with `;`. */
export const CSV_COLUMNS = [
  'externalId',
  'kind',
  'status',
  'title',
  'description',
  'language',
  'country',
  'institutionName',
  'institutionAcronym',
  'institutionType',
  'sectors',
  'sdgGoals',
  'sdgTargets',
  'modalities',
  'cooperationTypes',
  'deliveryFormats',
  'workingLanguages',
  'targetCountries',
  'validFrom',
  'validUntil',
  'keywords',
  'contactName',
  'contactEmail',
] as const;

export function toCsvRecord(l: InterchangeListing): Record<(typeof CSV_COLUMNS)[number], string> {
  const list = (xs: readonly (string | number)[] | undefined) => (xs ?? []).join(';');
  return {
    externalId: l.externalId,
    kind: l.kind,
    status: l.status,
    title: l.title,
    description: l.description,
    language: l.language,
    country: l.country,
    institutionName: l.institution.name,
    institutionAcronym: l.institution.acronym ?? '',
    institutionType: l.institution.type ?? '',
    sectors: list(l.sectors),
    sdgGoals: list(l.sdgGoals),
    sdgTargets: list(l.sdgTargets),
    modalities: list(l.modalities),
    cooperationTypes: list(l.cooperationTypes),
    deliveryFormats: list(l.deliveryFormats),
    workingLanguages: list(l.workingLanguages),
    targetCountries: list(l.targetCountries),
    validFrom: l.validFrom ?? '',
    validUntil: l.validUntil ?? '',
    keywords: list(l.keywords),
    contactName: l.contact?.name ?? '',
    contactEmail: l.contact?.email ?? '',
  };
}

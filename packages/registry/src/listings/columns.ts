import { createHash } from 'node:crypto';
import type { listings } from '@enlace/db';
import { effectiveSdgGoals, type ListingContent } from '@enlace/domain';

type ListingInsert = typeof listings.$inferInsert;

/** The listing columns that hold its content (all but identity, status and bookkeeping). */
export type ContentColumns = Pick<
  ListingInsert,
  | 'title'
  | 'description'
  | 'language'
  | 'country'
  | 'sectors'
  | 'sdgGoals'
  | 'sdgTargets'
  | 'sdgGoalsEffective'
  | 'modalities'
  | 'cooperationTypes'
  | 'deliveryFormats'
  | 'workingLanguages'
  | 'targetCountries'
  | 'validFrom'
  | 'validUntil'
  | 'keywords'
  | 'contact'
  | 'contentHash'
>;

/** Content as stored: absent optional fields become NULL, never an empty default. */
export function contentColumns(content: ListingContent): ContentColumns {
  return {
    title: content.title,
    description: content.description,
    language: content.language,
    country: content.country,
    sectors: content.sectors,
    sdgGoals: content.sdgGoals ?? null,
    sdgTargets: content.sdgTargets ?? null,
    sdgGoalsEffective: effectiveSdgGoals(content.sdgGoals, content.sdgTargets),
    modalities: content.modalities ?? null,
    cooperationTypes: content.cooperationTypes ?? null,
    deliveryFormats: content.deliveryFormats ?? null,
    workingLanguages: content.workingLanguages ?? null,
    targetCountries: content.targetCountries ?? null,
    validFrom: content.validFrom ?? null,
    validUntil: content.validUntil ?? null,
    keywords: content.keywords ?? null,
    contact: content.contact ?? null,
    contentHash: contentHash(content),
  };
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined && v !== null)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/** Same content, same hash, whatever the key order: lets a re-import skip unchanged lines. */
export function contentHash(content: ListingContent): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical(content)))
    .digest('base64url');
}

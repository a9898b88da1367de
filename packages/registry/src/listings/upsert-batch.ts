import { type DbOrTx, columnName, listingStatusHistory, listings } from '@enlace/db';
import {
  type Actor,
  type FieldIssue,
  type InterchangeListing,
  type ListingContent,
  type ListingStatus,
  canReviewListing,
  canWriteListing,
  isPastValidity,
  writeNeedsReview,
} from '@enlace/domain';
import { type AnyColumn, type SQL, getTableColumns, sql } from 'drizzle-orm';
import { recordImportedListings, recordReviewRequests } from '../journal.js';
import { type ContentColumns, contentColumns } from './columns.js';
import { type ResolvedInstitutions, resolveInstitutions } from './institutions.js';
import { proposeImportedRevisions } from './revise.js';
import { withdrawRevisions } from './review-revision.js';

export interface NumberedListing {
  readonly line: number;
  readonly listing: InterchangeListing;
}

export interface BatchOutcome {
  created: number;
  updated: number;
  unchanged: number;
  /** Of the `updated` lines, those that became a revision waiting for review. */
  revised: number;
  readonly errors: (FieldIssue & { line: number })[];
  readonly listingIds: string[];
}

// A type, not an interface: the query's row type must be indexable by string.
type Existing = {
  id: string;
  kind: 'offer' | 'demand';
  externalId: string;
  country: string;
  status: ListingStatus;
  contentHash: string;
};

/**
 * The status an imported line lands in. A writer who may not publish sends its
 * published lines to review; a line past its validity is stored as expired. (Such a
 * writer's lines for a listing already published never get here: they are revisions.)
 */
function targetStatus(actor: Actor, line: InterchangeListing, today: string): ListingStatus {
  if (line.status !== 'published') return line.status;
  if (isPastValidity(line.validUntil, today)) return 'expired';
  if (canReviewListing(actor, line.country)) return 'published';
  return 'pending_review';
}

/** The listing content an interchange line carries. */
function lineContent(listing: InterchangeListing): ListingContent {
  const { externalId: _e, kind: _k, status: _s, ...content } = listing;
  return content;
}

const snake = columnName;

/** The key a listing is imported under: each country's catalogue has its own external ids. */
export function listingKey(l: { kind: string; country: string; externalId: string }): string {
  return `${l.kind}:${l.country}:${l.externalId}`;
}

// Every content column is overwritten from the incoming row on conflict.
const UPSERT_SET = Object.keys(getTableColumns(listings))
  .filter((key) => !['id', 'seq', 'kind', 'externalId', 'createdBy', 'createdAt', 'version', 'publishedAt', 'reviewNote', 'confirmedAt'].includes(key))
  .map((key) => `${snake(key)} = excluded.${snake(key)}`)
  .join(', ');

type ListingInsert = typeof listings.$inferInsert;
type RowValues = Omit<ListingInsert, 'id' | 'seq' | 'version' | 'reviewNote' | 'confirmedAt' | 'createdBy' | 'createdAt' | 'updatedAt'>;

/*
 * The insert sends one array per column and unnests them server-side, rather than a
 * VALUES list of rows × columns parameters: same rows, but a 1,000-row chunk costs 26
 * parameters instead of 26,000, which was most of an import's time (in the query
 * builder, the driver and the planner). Each value is first turned into what drizzle
 * would send for that column (`mapToDriverValue`: array literals, JSON text, ISO
 * timestamps), and each element is then cast to the column's type just as a parameter
 * of that type would be. language and country stay text so that the assignment to
 * char(2) rejects an overlong value as before (an explicit cast would truncate it).
 * `with ordinality … order by` keeps the rows, and so their seq, in line order.
 */
const INSERT_TYPES: Record<keyof RowValues, { param: string; cast: string }> = {
  kind: { param: 'listing_kind[]', cast: '' },
  externalId: { param: 'text[]', cast: '' },
  status: { param: 'listing_status[]', cast: '' },
  title: { param: 'text[]', cast: '' },
  description: { param: 'text[]', cast: '' },
  language: { param: 'text[]', cast: '' },
  country: { param: 'text[]', cast: '' },
  institutionId: { param: 'uuid[]', cast: '' },
  sectors: { param: 'text[]', cast: '::text[]' },
  sdgGoals: { param: 'text[]', cast: '::integer[]' },
  sdgTargets: { param: 'text[]', cast: '::text[]' },
  sdgGoalsEffective: { param: 'text[]', cast: '::integer[]' },
  modalities: { param: 'text[]', cast: '::text[]' },
  cooperationTypes: { param: 'text[]', cast: '::text[]' },
  deliveryFormats: { param: 'text[]', cast: '::text[]' },
  workingLanguages: { param: 'text[]', cast: '::text[]' },
  targetCountries: { param: 'text[]', cast: '::text[]' },
  validFrom: { param: 'text[]', cast: '::date' },
  validUntil: { param: 'text[]', cast: '::date' },
  keywords: { param: 'text[]', cast: '::text[]' },
  contact: { param: 'text[]', cast: '::jsonb' },
  contentHash: { param: 'text[]', cast: '' },
  publishedAt: { param: 'text[]', cast: '::timestamptz' },
};
const INSERT_COLUMNS = (Object.keys(INSERT_TYPES) as (keyof RowValues)[]).map((key) => ({ key, ...INSERT_TYPES[key] }));
const LISTING_COLUMNS = getTableColumns(listings) as Record<keyof ListingInsert, AnyColumn>;
const INSERT_HEAD = sql.raw(
  `insert into listings (${INSERT_COLUMNS.map((c) => snake(c.key)).join(', ')}, created_by, created_at, updated_at) select ${INSERT_COLUMNS.map((c) => `r.${snake(c.key)}${c.cast}`).join(', ')}, `,
);
const INSERT_TAIL = sql.raw(
  ` with ordinality as r(${INSERT_COLUMNS.map((c) => snake(c.key)).join(', ')}, ord) order by r.ord` +
    ` on conflict (kind, country, external_id) do update set ${UPSERT_SET}, version = listings.version + 1,` +
    ` published_at = case when excluded.status = 'published' then coalesce(listings.published_at, excluded.published_at) else listings.published_at end` +
    ' returning id, kind, country, external_id as "externalId", version',
);

function insertListings(rows: readonly RowValues[], userId: string | null, now: Date): SQL {
  const arrays = INSERT_COLUMNS.map(({ key, param }) => {
    const column = LISTING_COLUMNS[key];
    const values = rows.map((row) => {
      const value = row[key];
      return value === null || value === undefined ? null : column.mapToDriverValue(value);
    });
    return sql`${sql.param(values)}::${sql.raw(param)}`;
  });
  return sql`${INSERT_HEAD}${sql.param(userId)}::uuid, ${sql.param(now.toISOString())}::timestamptz, ${sql.param(now.toISOString())}::timestamptz from unnest(${sql.join(arrays, sql`, `)})${INSERT_TAIL}`;
}

// A line's content columns (its content hash above all) depend on the line alone, so
// processImport computes them ahead, while the database works on the previous chunk.
const contentCache = new WeakMap<InterchangeListing, ContentColumns>();

/**
 * The stored content columns of an interchange line, computed once per line object
 * (lines are parsed objects that nothing changes afterwards).
 */
export function listingContent(listing: InterchangeListing): ContentColumns {
  let content = contentCache.get(listing);
  if (!content) {
    content = contentColumns(lineContent(listing));
    contentCache.set(listing, content);
  }
  return content;
}

/**
 * Creates or updates listings by (kind, externalId) in one round of statements, inside
 * the caller's transaction. Lines the actor may not write are returned as errors and
 * nothing of them is written; unchanged lines write nothing at all.
 */
export async function upsertListingBatch(
  tx: DbOrTx,
  actor: Actor,
  batch: readonly NumberedListing[],
  now: Date,
  today: string,
  opts: { importId?: string; institutions?: ResolvedInstitutions } = {},
): Promise<BatchOutcome> {
  const { importId } = opts;
  const outcome: BatchOutcome = { created: 0, updated: 0, unchanged: 0, revised: 0, errors: [], listingIds: [] };
  if (batch.length === 0) return outcome;

  // One probe of the (kind, country, external_id) key per line. `limit 1` keeps each
  // probe a lookup of that unique index: as a plain join or an `in` list, the planner,
  // with no statistics yet for a table that an import is filling, scanned every listing
  // of the kind for each chunk. The country is part of the key, so a line can only ever
  // address a listing of its own country, and says nothing about other countries'.
  // The countries go as bpchar, the column's own type: compared as text, the index could
  // not use the country and each probe read every listing of the kind (an import slowed
  // down as the table grew). bpchar without a length pads, never truncates.
  const existing = new Map<string, Existing>();
  const { rows: found } = await tx.execute<Existing>(
    sql`select l.id, l.kind, l.external_id as "externalId", l.country, l.status, l.content_hash as "contentHash"
        from unnest(${sql.param(batch.map((b) => b.listing.kind))}::listing_kind[], ${sql.param(batch.map((b) => b.listing.country))}::bpchar[],
                    ${sql.param(batch.map((b) => b.listing.externalId))}::text[]) as wanted(kind, country, external_id)
        cross join lateral (select * from listings where listings.kind = wanted.kind and listings.country = wanted.country
                              and listings.external_id = wanted.external_id limit 1) l`,
  );
  for (const r of found) existing.set(listingKey(r), r);

  const revisions: { listingId: string; content: ListingContent }[] = [];
  const writes: { line: number; listing: InterchangeListing; status: ListingStatus; content: ContentColumns; previous?: Existing }[] = [];
  for (const { line, listing } of batch) {
    if (!canWriteListing(actor, listing.country)) {
      outcome.errors.push({ line, field: 'country', reason: `you may not write listings of ${listing.country}` });
      continue;
    }
    const previous = existing.get(listingKey(listing));
    const content = listingContent(listing);
    // A writer who may not publish proposes changes to a published listing (closing it
    // is theirs to do): the public version stays until a reviewer publishes the change.
    if (previous && listing.status !== 'closed' && writeNeedsReview(actor, previous)) {
      outcome.listingIds.push(previous.id);
      if (previous.contentHash === content.contentHash) outcome.unchanged += 1;
      else revisions.push({ listingId: previous.id, content: lineContent(listing) });
      continue;
    }
    const status = targetStatus(actor, listing, today);
    if (previous && previous.status === status && previous.contentHash === content.contentHash) {
      outcome.unchanged += 1;
      outcome.listingIds.push(previous.id);
      continue;
    }
    writes.push({ line, listing, status, content, ...(previous ? { previous } : {}) });
  }
  const userId = actor.kind === 'user' ? actor.userId : null;
  const proposed = await proposeImportedRevisions(tx, revisions, { actorUserId: userId, now, ...(importId ? { importId } : {}) });
  outcome.updated += proposed.revised;
  outcome.revised += proposed.revised;
  outcome.unchanged += proposed.unchanged;
  if (writes.length === 0) return outcome;

  const institutionOf = await resolveInstitutions(
    tx,
    writes.map((w) => w.listing),
    opts.institutions,
  );
  const rows: RowValues[] = writes.map(({ listing, status, content }) => ({
    kind: listing.kind,
    externalId: listing.externalId,
    status,
    institutionId: institutionOf(listing.country, listing.institution.name),
    ...content,
    publishedAt: status === 'published' ? now : null,
  }));
  const { rows: written } = await tx.execute<{ id: string; kind: 'offer' | 'demand'; country: string; externalId: string; version: number }>(
    insertListings(rows, userId, now),
  );
  const idOf = new Map(written.map((w) => [listingKey(w), w]));

  const history: { listingId: string; fromStatus: ListingStatus | null; toStatus: ListingStatus }[] = [];
  const changed: string[] = [];
  const toReview = new Map<string, string[]>();
  const unpublished: string[] = [];
  for (const w of writes) {
    const stored = idOf.get(listingKey(w.listing))!;
    outcome.listingIds.push(stored.id);
    if (w.previous) outcome.updated += 1;
    else outcome.created += 1;
    if (w.previous?.status !== w.status) {
      history.push({ listingId: stored.id, fromStatus: w.previous?.status ?? null, toStatus: w.status });
      if (w.previous?.status === 'published') unpublished.push(stored.id);
      if (w.status === 'pending_review') toReview.set(w.listing.country, [...(toReview.get(w.listing.country) ?? []), stored.id]);
    }
    changed.push(stored.id);
  }
  if (history.length > 0) {
    // One array per column, as for the listings above; rows keep their order (and ids).
    await tx.execute(
      sql`insert into ${listingStatusHistory} (listing_id, from_status, to_status, actor_user_id, at)
          select r.listing_id, r.from_status, r.to_status, ${sql.param(userId)}::uuid, ${sql.param(now.toISOString())}::timestamptz
          from unnest(${sql.param(history.map((h) => h.listingId))}::uuid[], ${sql.param(history.map((h) => h.fromStatus))}::listing_status[],
                      ${sql.param(history.map((h) => h.toStatus))}::listing_status[]) with ordinality as r(listing_id, from_status, to_status, ord)
          order by r.ord`,
    );
  }
  await withdrawRevisions(tx, unpublished, { reason: 'the listing was imported as no longer published', now, actorUserId: userId });
  await recordImportedListings(tx, { ...(importId ? { importId } : {}), listingIds: changed });
  await recordReviewRequests(
    tx,
    [...toReview].map(([country, listingIds]) => ({ country, listingIds })),
  );
  return outcome;
}

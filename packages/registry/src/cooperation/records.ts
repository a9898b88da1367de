import { cooperationRecords, type DbOrTx, institutions, listings, matches, type MatchAgreement } from '@enlace/db';
import {
  type CooperationExportItem,
  type CooperationExportQuery,
  type CooperationRecord,
  type CooperationRecordInput,
  ConflictError,
  ForbiddenError,
  InvalidError,
  NotFoundError,
  UnauthorizedError,
  canCorrectCooperationRecord,
  canSeeMatch,
  cooperationExportQuerySchema,
  cooperationExportScope,
  cooperationRecordInputSchema,
} from '@enlace/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { type Ctx, actorUserId, inTransaction } from '../context.js';
import { csvText } from '../csv.js';
import { audit } from '../journal.js';
import { countriesOf, loadMatch, type MatchWithListings } from '../matches/follow-up.js';

type Row = typeof cooperationRecords.$inferSelect;

export function toCooperationRecord(row: Row): CooperationRecord {
  return {
    matchId: row.matchId,
    instrument: row.instrument,
    cooperationType: row.cooperationType,
    approvedOn: row.approvedOn,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    participants: row.participants.map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as typeof p),
    recordedAt: row.recordedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * What Enlace already knows of a cooperation, so that nobody retypes it: a bilateral
 * action between the offer's country (provider) and the demand's (recipient), executed
 * by the listings' institutions, approved today, on the agreed dates.
 */
async function defaultRecord(tx: DbOrTx, row: MatchWithListings, agreement: MatchAgreement | null, today: string): Promise<CooperationRecordInput> {
  const named = await tx
    .select({ id: listings.id, institution: institutions.name })
    .from(listings)
    .innerJoin(institutions, eq(institutions.id, listings.institutionId))
    .where(inArray(listings.id, [row.offer.id, row.demand.id]));
  const institutionOf = (id: string) => named.find((n) => n.id === id)?.institution;
  const part = (country: string, role: 'provider' | 'recipient', listingId: string) => {
    const executingInstitution = institutionOf(listingId);
    return { country: country.trim(), role, ...(executingInstitution ? { executingInstitution } : {}) };
  };
  return {
    instrument: 'action',
    cooperationType: 'bilateral',
    approvedOn: today,
    ...(agreement?.startDate ? { startsOn: agreement.startDate } : {}),
    ...(agreement?.endDate ? { endsOn: agreement.endDate } : {}),
    participants: [part(row.offer.country, 'provider', row.offer.id), part(row.demand.country, 'recipient', row.demand.id)],
  };
}

/** Both countries of the match must take part in its record. */
function checkCountries(row: MatchWithListings, input: CooperationRecordInput): void {
  const countries = new Set(input.participants.map((p) => p.country));
  const missing = [row.offer.country.trim(), row.demand.country.trim()].filter((c) => !countries.has(c));
  if (missing.length > 0)
    throw new InvalidError('the cooperation record leaves out a country of the match', [
      { field: 'participants', code: 'missing_country', reason: `must include ${missing.join(' and ')}, the match's countries` },
    ]);
}

async function write(tx: DbOrTx, matchId: string, input: CooperationRecordInput, now: Date, userId: string | null, opts: { keepExisting: boolean }) {
  const values = {
    matchId,
    instrument: input.instrument,
    cooperationType: input.cooperationType,
    approvedOn: input.approvedOn ?? null,
    startsOn: input.startsOn ?? null,
    endsOn: input.endsOn ?? null,
    participants: input.participants,
    recordedAt: now,
    updatedAt: now,
    updatedBy: userId,
  };
  const insert = tx.insert(cooperationRecords).values(values);
  await (opts.keepExisting
    ? insert.onConflictDoNothing()
    : insert.onConflictDoUpdate({ target: cooperationRecords.matchId, set: { ...values, recordedAt: sql`${cooperationRecords.recordedAt}` } }));
}

/**
 * Captures the record in the transaction of the step that agreed or completed the match:
 * what the caller sent, or else, when agreed, what Enlace knows; at completion, the end
 * date defaults to the day of completion.
 */
export async function captureCooperationRecord(
  tx: DbOrTx,
  ctx: Ctx,
  matchId: string,
  moment: 'agreed' | 'completed',
  input: CooperationRecordInput | undefined,
): Promise<void> {
  const row = (await loadMatch(tx, matchId))!;
  const now = ctx.clock.now();
  const today = now.toISOString().slice(0, 10);
  const userId = actorUserId(ctx);
  if (input) {
    checkCountries(row, input);
    // Completed without an end date: it ended today, unless that would be before its start.
    const ended = moment === 'completed' && !input.endsOn && (!input.startsOn || input.startsOn <= today) ? { ...input, endsOn: today } : input;
    await write(tx, matchId, ended, now, userId, { keepExisting: false });
    return;
  }
  if (moment === 'agreed') {
    await write(tx, matchId, await defaultRecord(tx, row, row.match.agreement, today), now, userId, { keepExisting: true });
    return;
  }
  const [existing] = await tx.select().from(cooperationRecords).where(eq(cooperationRecords.matchId, matchId));
  if (!existing)
    await write(tx, matchId, { ...(await defaultRecord(tx, row, row.match.agreement, today)), endsOn: today }, now, userId, { keepExisting: true });
  else if (!existing.endsOn)
    await tx.update(cooperationRecords).set({ endsOn: today, updatedAt: now, updatedBy: userId }).where(eq(cooperationRecords.matchId, matchId));
}

/** A match's record, for the two countries and the secretariat; none before the match is agreed. */
export async function getCooperationRecord(ctx: Ctx, matchId: string): Promise<CooperationRecord> {
  const row = await loadMatch(ctx.db, matchId);
  if (!row || !canSeeMatch(ctx.actor, countriesOf(row))) throw new NotFoundError(`match ${matchId} not found`);
  const [record] = await ctx.db.select().from(cooperationRecords).where(eq(cooperationRecords.matchId, matchId));
  if (!record) throw new NotFoundError(`match ${matchId} has no cooperation record yet: it is recorded when the match is agreed`);
  return toCooperationRecord(record);
}

/** A focal point of either side, or staff, corrects the record of an agreed, running or completed cooperation. */
export async function putCooperationRecord(ctx: Ctx, matchId: string, body: CooperationRecordInput): Promise<CooperationRecord> {
  const input = cooperationRecordInputSchema.parse(body);
  return inTransaction(ctx.db, async (tx) => {
    const row = await loadMatch(tx, matchId, { forUpdate: true });
    if (!row || !canSeeMatch(ctx.actor, countriesOf(row))) throw new NotFoundError(`match ${matchId} not found`);
    if (!canCorrectCooperationRecord(ctx.actor, countriesOf(row)))
      throw new ForbiddenError("only the two countries' focal points and staff correct a cooperation record");
    if (!['agreed', 'in_progress', 'completed'].includes(row.match.stage))
      throw new ConflictError(`the match is ${row.match.stage.replace('_', ' ')}; a cooperation record is kept from its agreement on`);
    checkCountries(row, input);
    await write(tx, matchId, input, ctx.clock.now(), actorUserId(ctx), { keepExisting: false });
    await audit(tx, { actorUserId: actorUserId(ctx), action: 'cooperation_record.corrected', entityType: 'match', entityId: matchId, detail: { ...input } });
    const [record] = await tx.select().from(cooperationRecords).where(eq(cooperationRecords.matchId, matchId));
    return toCooperationRecord(record!);
  });
}

/**
 * The records of a period for SIDICSS, with the codes of what was agreed: the modality
 * of the agreement, the sectors, SDG goals and targets of both listings. The secretariat
 * exports every record; a country's people those their country takes part in.
 */
export async function exportCooperationRecords(ctx: Ctx, query: Partial<CooperationExportQuery>): Promise<CooperationExportItem[]> {
  const q = cooperationExportQuerySchema.parse(query);
  const scope = cooperationExportScope(ctx.actor);
  if (!scope) throw new UnauthorizedError('sign in or send an API token');
  const day = sql`coalesce(${cooperationRecords.approvedOn}, ${cooperationRecords.recordedAt}::date)`;
  const takesPart = (country: string) => sql`${cooperationRecords.participants} @> ${JSON.stringify([{ country }])}::jsonb`;
  const o = sql.raw('o');
  const d = sql.raw('d');
  const rows = await ctx.db.execute<{
    record: Row & { recorded_at: string; updated_at: string };
    stage: string;
    modality: string | null;
    offer_id: string;
    demand_id: string;
    title: string;
    sectors: string[];
    sdg_goals: number[];
    sdg_targets: string[];
    completed_at: string | null;
  }>(sql`
    select to_jsonb(${cooperationRecords}) as record, m.stage::text as stage, m.agreement ->> 'modality' as modality, m.offer_id, m.demand_id,
      ${d}.title,
      array(select distinct unnest(${o}.sectors || ${d}.sectors) order by 1) as sectors,
      array(select distinct unnest(${o}.sdg_goals_effective || ${d}.sdg_goals_effective) order by 1) as sdg_goals,
      array(select distinct unnest(coalesce(${o}.sdg_targets, '{}') || coalesce(${d}.sdg_targets, '{}')) order by 1) as sdg_targets,
      (select max(e.at) from match_events e where e.match_id = m.id and e.action = 'complete') as completed_at
    from ${cooperationRecords}
    join ${matches} m on m.id = ${cooperationRecords.matchId}
    join ${listings} o on o.id = m.offer_id
    join ${listings} d on d.id = m.demand_id
    where ${
      and(
        q.from ? sql`${day} >= ${q.from}::date` : undefined,
        q.to ? sql`${day} <= ${q.to}::date` : undefined,
        q.country ? takesPart(q.country) : undefined,
        q.instrument ? eq(cooperationRecords.instrument, q.instrument) : undefined,
        q.cooperationType ? eq(cooperationRecords.cooperationType, q.cooperationType) : undefined,
        scope.all ? undefined : takesPart(scope.country),
      ) ?? sql`true`
    }
    order by ${day}, ${cooperationRecords.matchId}`);
  return rows.rows.map((r) => {
    const rec = r.record as unknown as Record<string, unknown>;
    return {
      matchId: String(rec.match_id),
      instrument: rec.instrument as CooperationRecord['instrument'],
      cooperationType: rec.cooperation_type as CooperationRecord['cooperationType'],
      approvedOn: (rec.approved_on as string | null) ?? null,
      startsOn: (rec.starts_on as string | null) ?? null,
      endsOn: (rec.ends_on as string | null) ?? null,
      participants: rec.participants as CooperationRecord['participants'],
      recordedAt: new Date(String(rec.recorded_at)).toISOString(),
      updatedAt: new Date(String(rec.updated_at)).toISOString(),
      stage: r.stage,
      modality: r.modality,
      offerId: r.offer_id,
      demandId: r.demand_id,
      title: r.title,
      sectors: r.sectors,
      sdgGoals: r.sdg_goals.map(Number),
      sdgTargets: r.sdg_targets,
      completedAt: r.completed_at ? new Date(r.completed_at).toISOString() : null,
    };
  });
}

/** The CSV columns, in order: one row per participant, the record's fields repeated (see README, "SIDICSS records"). */
export const COOPERATION_CSV_COLUMNS = [
  'matchId',
  'instrument',
  'cooperationType',
  'approvedOn',
  'startsOn',
  'endsOn',
  'stage',
  'completedAt',
  'modality',
  'sectors',
  'sdgGoals',
  'sdgTargets',
  'title',
  'country',
  'role',
  'executingInstitution',
  'budgetedCost',
  'executedCost',
  'currency',
] as const;

export function cooperationRecordsCsv(items: readonly CooperationExportItem[]): string {
  const rows = items.flatMap((i) =>
    i.participants.map((p) => [
      i.matchId,
      i.instrument,
      i.cooperationType,
      i.approvedOn ?? '',
      i.startsOn ?? '',
      i.endsOn ?? '',
      i.stage,
      i.completedAt ?? '',
      i.modality ?? '',
      i.sectors.join(';'),
      i.sdgGoals.join(';'),
      i.sdgTargets.join(';'),
      i.title,
      p.country,
      p.role,
      p.executingInstitution ?? '',
      p.budgetedCost ?? '',
      p.executedCost ?? '',
      p.currency ?? '',
    ]),
  );
  return csvText([[...COOPERATION_CSV_COLUMNS], ...rows]);
}

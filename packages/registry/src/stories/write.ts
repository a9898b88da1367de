import { type DbOrTx, storyApprovals, successStories } from '@enlace/db';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  OUTBOX_TOPICS,
  type Story,
  type StoryAction,
  type StoryBody,
  canDraftStory,
  canReadStory,
  canSeeMatch,
  consentingCountry,
  sideOf,
  storyActions,
  storyApprovalBodySchema,
  storyBodySchema,
  storyWithdrawalBodySchema,
} from '@enlace/domain';
import { and, eq, sql } from 'drizzle-orm';
import { type Ctx, actorUserId, inTransaction } from '../context.js';
import { audit } from '../journal.js';
import { countriesOf, loadMatch } from '../matches/follow-up.js';
import { recordEvent } from '../outbox.js';
import { type LoadedStory, consentCountries, getStory, loadStory, storyFacts } from './read.js';

/*
 * The steps of a success story: drafted by either side of a completed cooperation,
 * submitted, approved by each country's focal point (consent to one version), published
 * when both have consented; an edit asks for consent again; a focal point or staff may
 * withdraw it. Each step is audited and announced through the outbox.
 */

const bodyColumns = (b: StoryBody) => ({
  language: b.language,
  title: b.title,
  summary: b.summary,
  results: b.results,
  lessons: b.lessons,
  testimonial: b.testimonial ?? null,
  testimonialBy: b.testimonialBy ?? null,
});

type Step = 'submitted' | 'edited' | 'approved' | 'published' | 'withdrawn';

async function announce(tx: DbOrTx, ctx: Ctx, story: { id: string; version: number }, step: Step, detail: Record<string, unknown> = {}) {
  await recordEvent(tx, OUTBOX_TOPICS.storyChanged, story.id, { storyId: story.id, step, version: story.version, actorUserId: actorUserId(ctx) });
  await audit(tx, {
    actorUserId: actorUserId(ctx),
    action: `story.${step}`,
    entityType: 'story',
    entityId: story.id,
    detail: { version: story.version, ...detail },
  });
}

/** Either side of a completed cooperation drafts its story; one story per cooperation. */
export async function draftStory(ctx: Ctx, matchId: string, body: StoryBody): Promise<Story> {
  const input = storyBodySchema.parse(body);
  const id = await inTransaction(ctx.db, async (tx) => {
    const match = await loadMatch(tx, matchId, { forUpdate: true });
    if (!match || !canSeeMatch(ctx.actor, countriesOf(match))) throw new NotFoundError(`match ${matchId} not found`);
    if (!canDraftStory(ctx.actor, countriesOf(match)) || ctx.actor.kind !== 'user')
      throw new ForbiddenError("the officers and focal points of the match's two countries tell its story");
    if (match.match.stage !== 'completed')
      throw new ConflictError(`the match is ${match.match.stage.replace('_', ' ')}; a success story tells a completed cooperation`);
    const [existing] = await tx.select({ id: successStories.id }).from(successStories).where(eq(successStories.matchId, matchId));
    if (existing)
      throw new ConflictError(`this cooperation already has a story (${existing.id}); edit it instead`, [
        { field: 'matchId', code: 'story_exists', reason: existing.id },
      ]);
    const now = ctx.clock.now();
    const [row] = await tx
      .insert(successStories)
      .values({ matchId, ...bodyColumns(input), authorUserId: ctx.actor.userId, authorCountry: ctx.actor.country!, createdAt: now, updatedAt: now })
      .returning({ id: successStories.id });
    await audit(tx, { actorUserId: actorUserId(ctx), action: 'story.drafted', entityType: 'story', entityId: row!.id, detail: { matchId } });
    return row!.id;
  });
  return getStory(ctx, id);
}

/** Loads a story for a step, locked; not-found for those who may not read it, 403 or 409 when the step is not theirs now. */
async function forStep(tx: DbOrTx, ctx: Ctx, id: string, action: StoryAction, why: string): Promise<LoadedStory> {
  const s = await loadStory(tx, id, { forUpdate: true });
  if (!s || !canReadStory(ctx.actor, { status: s.row.status, countries: s.countries })) throw new NotFoundError(`story ${id} not found`);
  const approvals = await tx
    .select()
    .from(storyApprovals)
    .where(and(eq(storyApprovals.storyId, id), eq(storyApprovals.storyVersion, s.row.version)));
  if (!storyActions(ctx.actor, storyFacts(s, approvals)).includes(action)) {
    // Would the step be theirs in another state? Then the story's state is what stands in the way.
    const anyState = (['draft', 'awaiting_approval', 'published'] as const).some((status) =>
      storyActions(ctx.actor, { status, countries: s.countries, approvedBy: [] }).includes(action),
    );
    if (anyState) throw new ConflictError(`the story is ${s.row.status.replace('_', ' ')}: ${why}`);
    throw new ForbiddenError(why);
  }
  return s;
}

/**
 * Changes the text. A submitted or published story goes back to its focal points: their
 * consent was to the earlier version. A withdrawn story becomes a draft again.
 */
export async function editStory(ctx: Ctx, id: string, body: StoryBody): Promise<Story> {
  const input = storyBodySchema.parse(body);
  await inTransaction(ctx.db, async (tx) => {
    const s = await forStep(tx, ctx, id, 'edit', "the two countries' officers and focal points, and staff, edit a story");
    const status = s.row.status === 'withdrawn' || s.row.status === 'draft' ? 'draft' : 'awaiting_approval';
    const [row] = await tx
      .update(successStories)
      .set({ ...bodyColumns(input), status, version: sql`${successStories.version} + 1`, updatedAt: ctx.clock.now(), withdrawnAt: null, withdrawnReason: null })
      .where(eq(successStories.id, id))
      .returning({ id: successStories.id, version: successStories.version });
    if (status === 'awaiting_approval') await announce(tx, ctx, row!, 'edited', { was: s.row.status });
    else await audit(tx, { actorUserId: actorUserId(ctx), action: 'story.edited', entityType: 'story', entityId: id, detail: { version: row!.version } });
  });
  return getStory(ctx, id);
}

/** A side submits its draft: both countries' focal points are asked for their consent. */
export async function submitStory(ctx: Ctx, id: string): Promise<Story> {
  await inTransaction(ctx.db, async (tx) => {
    const s = await forStep(tx, ctx, id, 'submit', "the two countries' officers and focal points submit a draft");
    const now = ctx.clock.now();
    await tx.update(successStories).set({ status: 'awaiting_approval', submittedAt: now, updatedAt: now }).where(eq(successStories.id, id));
    await announce(tx, ctx, s.row, 'submitted');
  });
  return getStory(ctx, id);
}

/**
 * A focal point consents, for their country, to the version they read. With both
 * countries' consent to this version, the story is public.
 */
export async function approveStory(ctx: Ctx, id: string, body: { note?: string } = {}): Promise<Story> {
  const { note } = storyApprovalBodySchema.parse(body);
  await inTransaction(ctx.db, async (tx) => {
    const s = await forStep(tx, ctx, id, 'approve', 'a focal point of either country approves a story, once per version, for their country');
    const country = consentingCountry(ctx.actor, s.countries)!;
    await tx
      .insert(storyApprovals)
      .values({ storyId: id, country, storyVersion: s.row.version, userId: actorUserId(ctx)!, note: note ?? null, at: ctx.clock.now() });
    const approved = await tx
      .select({ country: storyApprovals.country })
      .from(storyApprovals)
      .where(and(eq(storyApprovals.storyId, id), eq(storyApprovals.storyVersion, s.row.version)));
    const given = new Set(approved.map((a) => a.country.trim()));
    const complete = consentCountries(s.countries).every((c) => given.has(c));
    if (complete) {
      const now = ctx.clock.now();
      await tx
        .update(successStories)
        .set({ status: 'published', publishedAt: sql`coalesce(${successStories.publishedAt}, ${now})`, updatedAt: now })
        .where(eq(successStories.id, id));
    }
    await announce(tx, ctx, s.row, complete ? 'published' : 'approved', { country, side: sideOf(ctx.actor, s.countries) });
  });
  return getStory(ctx, id);
}

/** A focal point of either country, or staff, takes a story out of approval or publication, saying why. */
export async function withdrawStory(ctx: Ctx, id: string, body: { reason: string }): Promise<Story> {
  const { reason } = storyWithdrawalBodySchema.parse(body);
  await inTransaction(ctx.db, async (tx) => {
    const s = await forStep(tx, ctx, id, 'withdraw', 'a focal point of either country, or staff, withdraws a story');
    const now = ctx.clock.now();
    await tx.update(successStories).set({ status: 'withdrawn', withdrawnAt: now, withdrawnReason: reason, updatedAt: now }).where(eq(successStories.id, id));
    await announce(tx, ctx, s.row, 'withdrawn', { reason });
  });
  return getStory(ctx, id);
}

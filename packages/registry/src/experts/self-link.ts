import { type DbOrTx, experts, outbox } from '@enlace/db';
import {
  EXPERT_LINK_EVERY_MINUTES,
  EXPERT_LINK_HOURS,
  type ExpertLinkRequest,
  type ExpertSelf,
  type Language,
  OUTBOX_TOPICS,
  UnauthorizedError,
  expertLinkRequestSchema,
  isExpertEditable,
  parseOutboxPayload,
} from '@enlace/domain';
import { expertLinkClaim, isExpertLinkValid } from '@enlace/messages';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { type Ctx, inTransaction } from '../context.js';
import { audit } from '../journal.js';
import { recordEvent } from '../outbox.js';

/*
 * An expert's own link to their registration. Asking for one never says whether the
 * address is on the roster (contacts are never public): every request gets the same
 * answer, and only the registrations with that contact address get an email.
 */

/** The states in which a registration can still be managed by its expert. */
const MANAGEABLE = ['pending', 'validated', 'rejected', 'paused'] as const;

/**
 * Someone asks for the link to the registrations with this contact address: one
 * `expert.link_requested` event per registration, which the worker turns into an email
 * to that address, at most once every EXPERT_LINK_EVERY_MINUTES per registration.
 * Returns nothing the caller could learn the roster from.
 */
export async function requestExpertLink(ctx: Ctx, input: ExpertLinkRequest, fallbackLanguage: Language): Promise<void> {
  const { email, language } = expertLinkRequestSchema.parse(input);
  const expiresAt = new Date(ctx.clock.now().getTime() + EXPERT_LINK_HOURS * 3_600_000).toISOString();
  await inTransaction(ctx.db, async (tx) => {
    // Registrations with that address that were not sent a link a moment ago.
    const found = await tx
      .select({ id: experts.id, country: experts.country })
      .from(experts)
      .where(
        and(
          sql`lower(${experts.contact}->>'email') = lower(${email})`,
          inArray(experts.status, [...MANAGEABLE]),
          sql`not exists (select 1 from ${outbox} o where o.topic = ${OUTBOX_TOPICS.expertLinkRequested} and o.aggregate_id = ${experts.id}::text
                and o.created_at > now() - make_interval(mins => ${EXPERT_LINK_EVERY_MINUTES}))`,
        ),
      )
      .limit(10);
    for (const expert of found) {
      await recordEvent(tx, OUTBOX_TOPICS.expertLinkRequested, expert.id, { expertId: expert.id, language: language ?? fallbackLanguage, expiresAt });
      await audit(tx, { actorUserId: null, action: 'expert.link_requested', entityType: 'expert', entityId: expert.id, detail: { country: expert.country } });
    }
  });
}

const refused = () => new UnauthorizedError('this link has expired or no longer matches the registration; ask for a new one');

/**
 * The expert a link was made for, as an actor: refused when the link is forged, has
 * expired, or was sent to an address the registration no longer has, and when the
 * registration is gone or closed (withdrawn, deactivated).
 */
export async function authenticateExpertLink(db: DbOrTx, appSecret: string, token: string, now: Date): Promise<ExpertSelf> {
  const claim = expertLinkClaim(token);
  if (!claim) throw refused();
  const [row] = await db
    .select({ id: experts.id, country: experts.country, status: experts.status, contact: experts.contact })
    .from(experts)
    .where(eq(experts.id, claim.expertId));
  if (!row || !isExpertLinkValid(appSecret, token, { expertId: row.id, email: row.contact.email }, now)) throw refused();
  if (!isExpertEditable(row.status)) throw refused();
  return { kind: 'expert', expertId: row.id, country: row.country };
}

/** What the worker needs to send a requested link: to whom, in which language, and until when it may work. */
export interface ExpertLinkToSend {
  readonly expertId: string;
  readonly name: string;
  readonly email: string;
  readonly language: Language;
  readonly expiresAt: Date;
}

/**
 * The link an `expert.link_requested` event asks for, or null when there is nothing to
 * send: already sent, the registration gone or closed, or the link would already have
 * expired (the event waited longer than a link lasts).
 */
export async function expertLinkToSend(db: DbOrTx, outboxId: number, now: Date): Promise<ExpertLinkToSend | null> {
  const [event] = await db
    .select()
    .from(outbox)
    .where(and(eq(outbox.id, outboxId), eq(outbox.topic, OUTBOX_TOPICS.expertLinkRequested), isNull(outbox.processedAt)));
  if (!event) return null;
  const payload = parseOutboxPayload(OUTBOX_TOPICS.expertLinkRequested, event.payload);
  const { expertId, language } = payload;
  const expiresAt = new Date(payload.expiresAt);
  const [expert] = await db.select({ name: experts.name, status: experts.status, contact: experts.contact }).from(experts).where(eq(experts.id, expertId));
  if (!expert || !isExpertEditable(expert.status) || expiresAt <= now) {
    await markExpertLinkSent(db, outboxId);
    return null;
  }
  return { expertId, name: expert.contact.name || expert.name, email: expert.contact.email, language, expiresAt };
}

/** The link went out (or there was none to send): recovery after a Redis restart leaves the event alone. */
export async function markExpertLinkSent(db: DbOrTx, outboxId: number): Promise<void> {
  await db
    .update(outbox)
    .set({ processedAt: sql`now()` })
    .where(eq(outbox.id, outboxId));
}

import { type DbOrTx, outbox } from '@enlace/db';
import { wakeOutboxRelay } from '../journal.js';

/** Topic of the outbox event written whenever an expert is registered, validated or rejected. */
export const EXPERT_CHANGED_TOPIC = 'expert.changed';

export interface ExpertChangedEvent {
  readonly expertId: string;
  readonly country: string;
  readonly status: string;
}

/** In the caller's transaction: committed with the change, or not at all. */
export async function recordExpertChange(tx: DbOrTx, event: ExpertChangedEvent): Promise<void> {
  await tx.insert(outbox).values({
    topic: EXPERT_CHANGED_TOPIC,
    aggregateId: event.expertId,
    payload: { expertId: event.expertId, country: event.country, status: event.status },
  });
  await wakeOutboxRelay(tx);
}

/** Topic of the event that asks an expert's country to validate them. */
export const EXPERT_REVIEW_TOPIC = 'expert.review_requested';

/** The registration's second audience: the focal points who validate it. */
export async function recordExpertReviewRequest(tx: DbOrTx, event: { expertId: string; country: string; actorUserId: string | null }): Promise<void> {
  await tx.insert(outbox).values({ topic: EXPERT_REVIEW_TOPIC, aggregateId: event.expertId, payload: { ...event } });
  await wakeOutboxRelay(tx);
}

import type { DbOrTx } from '@enlace/db';
import { OUTBOX_TOPICS, type OutboxPayload } from '@enlace/domain';
import { recordEvent } from '../outbox.js';

/** Whenever an expert is registered, validated or rejected. In the caller's transaction: committed with the change, or not at all. */
export async function recordExpertChange(tx: DbOrTx, event: OutboxPayload<'expert.changed'>): Promise<void> {
  await recordEvent(tx, OUTBOX_TOPICS.expertChanged, event.expertId, event);
}

/** The registration's second audience: the focal points who validate it. */
export async function recordExpertReviewRequest(tx: DbOrTx, event: OutboxPayload<'expert.review_requested'>): Promise<void> {
  await recordEvent(tx, OUTBOX_TOPICS.expertReviewRequested, event.expertId, event);
}

import type { ListingStatus } from './schema.js';

/** The review workflow's actions, and the statuses each may start from. */
export const LISTING_ACTIONS = {
  submit: { from: ['draft', 'expired'], to: 'pending_review' },
  publish: { from: ['draft', 'pending_review', 'expired'], to: 'published' },
  sendBack: { from: ['pending_review'], to: 'draft' },
  close: { from: ['draft', 'pending_review', 'published', 'expired'], to: 'closed' },
  expire: { from: ['published'], to: 'expired' },
} as const satisfies Record<string, { from: readonly ListingStatus[]; to: ListingStatus }>;

export type ListingAction = keyof typeof LISTING_ACTIONS;

export function canTransition(action: ListingAction, from: ListingStatus): boolean {
  return (LISTING_ACTIONS[action].from as readonly ListingStatus[]).includes(from);
}

/** ISO date (YYYY-MM-DD) in UTC of an instant: validity dates are calendar days. */
export function isoDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** A published listing whose validUntil has passed is expired. */
export function isPastValidity(validUntil: string | null | undefined, today: string): boolean {
  return validUntil != null && validUntil < today;
}

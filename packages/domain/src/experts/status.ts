import type { ExpertStatus } from '../codes.js';

/**
 * What can happen to an expert of the roster, and from which states. Review: only a
 * pending registration is validated or rejected; a rejected one is corrected and
 * resubmitted. Availability: a validated expert pauses and resumes, or withdraws
 * (from any state but withdrawn and deactivated); their country deactivates them.
 */
export const EXPERT_ACTIONS = {
  validate: { from: ['pending'], to: 'validated' },
  reject: { from: ['pending'], to: 'rejected' },
  resubmit: { from: ['rejected'], to: 'pending' },
  pause: { from: ['validated'], to: 'paused' },
  resume: { from: ['paused'], to: 'validated' },
  withdraw: { from: ['pending', 'validated', 'rejected', 'paused'], to: 'withdrawn' },
  deactivate: { from: ['pending', 'validated', 'paused'], to: 'deactivated' },
} as const satisfies Record<string, { from: readonly ExpertStatus[]; to: ExpertStatus }>;

export type ExpertAction = keyof typeof EXPERT_ACTIONS;

/** Actions whose reason is required (the expert's country and staff read it). */
export const EXPERT_ACTIONS_WITH_REASON: readonly ExpertAction[] = ['reject', 'deactivate'];

export function canReviewFrom(action: ExpertAction, from: ExpertStatus): boolean {
  return (EXPERT_ACTIONS[action].from as readonly ExpertStatus[]).includes(from);
}

/** A withdrawn or deactivated expert's profile is kept for the record, not edited. */
export function isExpertEditable(status: ExpertStatus): boolean {
  return status !== 'withdrawn' && status !== 'deactivated';
}

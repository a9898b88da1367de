import type { ExpertStatus } from '../codes.js';

/** Review of an expert: only a pending registration is validated or rejected. */
export const EXPERT_ACTIONS = {
  validate: { from: ['pending'], to: 'validated' },
  reject: { from: ['pending'], to: 'rejected' },
} as const satisfies Record<string, { from: readonly ExpertStatus[]; to: ExpertStatus }>;

export type ExpertAction = keyof typeof EXPERT_ACTIONS;

export function canReviewFrom(action: ExpertAction, from: ExpertStatus): boolean {
  return (EXPERT_ACTIONS[action].from as readonly ExpertStatus[]).includes(from);
}

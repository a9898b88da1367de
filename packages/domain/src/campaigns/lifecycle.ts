import type { CampaignKind, CampaignStatus } from '../codes.js';

/** What staff can do to a campaign, and from where. Completion is the system's, not an action. */
export const CAMPAIGN_ACTIONS = {
  schedule: { from: ['draft'], to: 'scheduled' },
  pause: { from: ['scheduled', 'active'], to: 'paused' },
  resume: { from: ['paused'], to: 'active' },
  cancel: { from: ['draft', 'scheduled', 'active', 'paused'], to: 'cancelled' },
} as const satisfies Record<string, { from: readonly CampaignStatus[]; to: CampaignStatus }>;
export type CampaignAction = keyof typeof CAMPAIGN_ACTIONS;

export function canApplyCampaignAction(action: CampaignAction, from: CampaignStatus): boolean {
  return (CAMPAIGN_ACTIONS[action].from as readonly CampaignStatus[]).includes(from);
}

/** Where a paused campaign goes back to: scheduled if it never sent, active otherwise. */
export function resumedStatus(rounds: number): CampaignStatus {
  return rounds === 0 ? 'scheduled' : 'active';
}

/** A country's numbers for a campaign, counted since the campaign first wrote to it. */
export interface CountryCounts {
  readonly offers: number;
  readonly demands: number;
  readonly experts: number;
  /** Renewal: listings still stale or about to expire, not confirmed since. */
  readonly toRenew: number;
}

/** Whether a country has done what the campaign asked. An announcement asks nothing. */
export function goalMet(kind: CampaignKind, goal: { count: number; listingKind: 'offer' | 'demand' | 'either' }, counts: CountryCounts): boolean {
  switch (kind) {
    case 'participation': {
      const n = goal.listingKind === 'offer' ? counts.offers : goal.listingKind === 'demand' ? counts.demands : counts.offers + counts.demands;
      return n >= goal.count;
    }
    case 'expert_recruitment':
      return counts.experts >= goal.count;
    case 'renewal':
      return counts.toRenew === 0;
    case 'announcement':
      return true;
  }
}

import {
  CAMPAIGN_KINDS,
  CAMPAIGN_STATUSES,
  CHANNELS,
  COOPERATION_INSTRUMENTS,
  COOPERATION_RECORD_TYPES,
  DELIVERY_STATUSES,
  EXPERT_STATUSES,
  FREQUENCIES,
  LISTING_KINDS,
  LISTING_STATUSES,
  MATCH_STAGES,
  ROLES,
  STORY_STATUSES,
} from '@enlace/domain/codes';
import { pgEnum } from 'drizzle-orm/pg-core';

export const listingKind = pgEnum('listing_kind', LISTING_KINDS);
export const listingStatus = pgEnum('listing_status', LISTING_STATUSES);
export const userRole = pgEnum('user_role', ROLES);
export const tokenKind = pgEnum('token_kind', ['personal', 'session']);
export const importStatus = pgEnum('import_status', ['queued', 'running', 'completed', 'failed']);
export const matchStage = pgEnum('match_stage', MATCH_STAGES);
export const channel = pgEnum('channel', CHANNELS);
export const frequency = pgEnum('frequency', FREQUENCIES);
export const deliveryStatus = pgEnum('delivery_status', DELIVERY_STATUSES);
export const campaignKind = pgEnum('campaign_kind', CAMPAIGN_KINDS);
export const campaignStatus = pgEnum('campaign_status', CAMPAIGN_STATUSES);
export const expertStatus = pgEnum('expert_status', EXPERT_STATUSES);
export const revisionStatus = pgEnum('revision_status', ['pending', 'published', 'sent_back', 'withdrawn']);
export const storyStatus = pgEnum('story_status', STORY_STATUSES);
export const cooperationInstrument = pgEnum('cooperation_instrument', COOPERATION_INSTRUMENTS);
export const cooperationType = pgEnum('cooperation_type', COOPERATION_RECORD_TYPES);

import { LISTING_KINDS, LISTING_STATUSES, ROLES } from '@enlace/domain/codes';
import { pgEnum } from 'drizzle-orm/pg-core';

export const listingKind = pgEnum('listing_kind', LISTING_KINDS);
export const listingStatus = pgEnum('listing_status', LISTING_STATUSES);
export const userRole = pgEnum('user_role', ROLES);
export const tokenKind = pgEnum('token_kind', ['personal', 'session']);
export const importStatus = pgEnum('import_status', ['queued', 'running', 'completed', 'failed']);

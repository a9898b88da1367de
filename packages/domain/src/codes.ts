/*
 * The bare code lists the database enums are made of. Kept free of imports so that
 * drizzle-kit can load the database schema without loading the taxonomies.
 */
export const LISTING_KINDS = ['offer', 'demand'] as const;
export type ListingKind = (typeof LISTING_KINDS)[number];

/** Statuses a listing moves through inside Enlace. */
export const LISTING_STATUSES = ['draft', 'pending_review', 'published', 'closed', 'expired'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

export const ROLES = ['agency_officer', 'focal_point', 'staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

import { z } from 'zod';
import { languageSchema } from '../taxonomies/languages.js';
import { contactSchema, institutionSchema, type ListingContent } from './schema.js';

/*
 * A revision is a change to a published listing that waits for review. It keeps the
 * whole proposed content and the fields it changes, so that it can be re-based on the
 * published content as it is when it is edited again or published: a reviewer's own
 * edit made meanwhile to another field is kept, not reverted.
 */

export const REVISION_STATUSES = ['pending', 'published', 'sent_back', 'withdrawn'] as const;
export type RevisionStatus = (typeof REVISION_STATUSES)[number];

/** A listing's content as a revision proposes it (no id, status or bookkeeping). */
export const revisionContentSchema = z.object({
  title: z.string(),
  description: z.string(),
  language: languageSchema,
  country: z.string(),
  institution: institutionSchema,
  sectors: z.array(z.string()),
  sdgGoals: z.array(z.number()).optional(),
  sdgTargets: z.array(z.string()).optional(),
  modalities: z.array(z.string()).optional(),
  cooperationTypes: z.array(z.string()).optional(),
  deliveryFormats: z.array(z.string()).optional(),
  workingLanguages: z.array(z.string()).optional(),
  targetCountries: z.array(z.string()).optional(),
  validFrom: z.string().optional(),
  validUntil: z.string().optional(),
  keywords: z.array(z.string()).optional(),
  contact: contactSchema.optional(),
});

/** A revision as the listing's country and the secretariat see it. */
export const revisionViewSchema = z.object({
  id: z.uuid(),
  status: z.enum(REVISION_STATUSES),
  content: revisionContentSchema,
  /** The content fields it changes, compared with the published listing. */
  changedFields: z.array(z.string()),
  /** The listing's version it was last written against. */
  baseVersion: z.number().int(),
  authorUserId: z.uuid().nullable(),
  importId: z.uuid().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Why a reviewer sent it back, or why it was withdrawn. */
  reason: z.string().optional(),
  decidedAt: z.string().optional(),
});
export type RevisionView = z.infer<typeof revisionViewSchema>;

/** A value written so that equal contents read the same (keys sorted, absent and null alike). */
export function canonicalValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalValue).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined && v !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalValue(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The content fields whose values differ between two contents (absent is a value too). */
export function changedFields(from: ListingContent, to: ListingContent): string[] {
  const a = from as Record<string, unknown>;
  const b = to as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.filter((key) => canonicalValue(a[key]) !== canonicalValue(b[key]));
}

/**
 * The proposed content re-based on the published one: the revision's changed fields
 * over the published content. A field the revision cleared stays cleared.
 */
export function rebaseRevision(published: ListingContent, proposed: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...published };
  for (const field of fields) {
    if (proposed[field] === undefined || proposed[field] === null) delete out[field];
    else out[field] = proposed[field];
  }
  return out;
}

/** A content with a PATCH applied: `null` clears an optional field. */
export function applyPatch(base: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else if (value !== undefined) merged[key] = value;
  }
  return merged;
}

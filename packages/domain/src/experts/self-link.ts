import { z } from 'zod';
import { languageSchema } from '../taxonomies/languages.js';

/*
 * An expert manages their own registration without an account: they ask for a link at
 * their contact address, and the link (signed with the application secret, carrying its
 * expiry) lets them read, correct, pause, resume, withdraw or erase it until it expires.
 */

/** How long an emailed link works. */
export const EXPERT_LINK_HOURS = 72;

/** A registration gets at most one link email in this many minutes, so that nobody can flood an expert's inbox. */
export const EXPERT_LINK_EVERY_MINUTES = 10;

/** Asking for a link: the contact address the registration gives, and the language of the email. */
export const expertLinkRequestSchema = z.strictObject({
  email: z.email().max(254),
  language: languageSchema.optional(),
});
export type ExpertLinkRequest = z.infer<typeof expertLinkRequestSchema>;

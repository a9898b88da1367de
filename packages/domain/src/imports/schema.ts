import { z } from 'zod';
import { csvList } from '../listings/view.js';

/** Where an import stands: waiting for a worker, being read, done (bad lines reported), or stopped by a failure. */
export const IMPORT_STATUSES = ['queued', 'running', 'completed', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
export const importStatusSchema = z.enum(IMPORT_STATUSES);

/** One import in a list: who started it, where it stands and its counts, without its line errors (the import's own report has them). */
export const importSummarySchema = z.object({
  id: z.uuid(),
  status: importStatusSchema,
  /** The person who uploaded it. */
  startedBy: z.object({ id: z.uuid(), name: z.string(), email: z.string() }),
  totalLines: z.number().int(),
  linesDone: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  linesWithErrors: z.number().int(),
  failure: z.string().optional(),
  createdAt: z.string(),
  startedAt: z.string().optional(),
  finishedAt: z.string().optional(),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

/** The query of the list of imports: newest first, a page at a time, optionally only some statuses (comma-separated). */
export const importListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
  status: csvList(importStatusSchema).optional(),
});

import { Readable } from 'node:stream';
import { listingFilterSchema } from '@enlace/domain';
import { csvStream } from '@enlace/registry';
import { protectQuotedFormula } from '@enlace/registry/imports';
import { CSV_COLUMNS, exportListings, toCsvRecord } from '@enlace/registry/listings';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../deps.js';
import { NDJSON } from './imports.js';

/** Streams every listing the caller may see, as interchange JSON Lines or CSV. */
export async function exportRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/v1/exports/listings', {
    schema: {
      operationId: 'exportListings',
      tags: ['exports'],
      summary: 'Export listings (interchange JSON Lines or CSV)',
      description:
        'Same filters as GET /v1/listings. Contacts are included only where the caller may see them. In CSV, a cell that would start with = + - @, a tab or a carriage return starts with a single quote instead, so that spreadsheets show it as text and never run it (and a cell that starts with quotes before one of those gets one more); POST /v1/imports reads such a file back as it was.',
      querystring: listingFilterSchema.extend({ format: z.enum(['jsonl', 'csv']).default('jsonl') }),
    },
    handler: async (req, reply) => {
      const { format, ...filter } = req.query;
      const records = exportListings(ctxOf(req), filter);
      const stamp = req.server.deps.clock.now().toISOString().slice(0, 10);
      reply.header('content-disposition', `attachment; filename="enlace-listings-${stamp}.${format}"`);
      if (format === 'csv') {
        reply.type('text/csv; charset=utf-8');
        const rows = Readable.from(
          (async function* () {
            // A cell whose text starts with quotes before = + - @ gets one more, so that importing the file gives its text back.
            for await (const l of records) yield Object.fromEntries(Object.entries(toCsvRecord(l)).map(([k, v]) => [k, protectQuotedFormula(v)]));
          })(),
        );
        return reply.send(rows.pipe(csvStream({ header: true, columns: [...CSV_COLUMNS], bom: true })));
      }
      reply.type(`${NDJSON}; charset=utf-8`);
      return reply.send(
        Readable.from(
          (async function* () {
            for await (const l of records) yield `${JSON.stringify(l)}\n`;
          })(),
        ),
      );
    },
  });
}

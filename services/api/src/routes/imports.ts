import { PG_INT_MAX, importListQuerySchema, importSummarySchema } from '@enlace/domain';
import { QUEUES } from '@enlace/queue';
import { getImport, listImports, startImport } from '@enlace/registry/imports';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../deps.js';
import { requireUser } from '../plugins/auth.js';
import { problems, sendProblem } from '../plugins/problem.js';

export const NDJSON = 'application/x-ndjson';
export const CSV = 'text/csv';

const importView = z
  .object({
    id: z.uuid(),
    status: z.enum(['queued', 'running', 'completed', 'failed']),
    totalLines: z.number(),
    linesDone: z.number(),
    created: z.number(),
    updated: z.number(),
    unchanged: z.number(),
    linesWithErrors: z.number(),
    /** A page of whole lines' errors: at most 20 per line, then one saying how many more. */
    errors: z.array(
      z.object({
        line: z.number(),
        field: z.string(),
        code: z.string().meta({
          description:
            "Stable machine code, as in problem details: zod's issue codes, `required`, `invalid_json`, `wrong_country`, `duplicate`, `more_errors`; `invalid` when nothing more precise is known.",
        }),
        reason: z.string(),
      }),
    ),
    /** Pass back as `errorsAfterLine` for the next page; absent on the last. */
    moreErrorsAfterLine: z.number().optional(),
    /** Errors found but not stored: beyond 20 on a line, or beyond 10,000 in the import. */
    errorsNotStored: z.number(),
    failure: z.string().optional(),
    createdAt: z.string(),
    startedAt: z.string().optional(),
    finishedAt: z.string().optional(),
  })
  .meta({ id: 'ImportReport' });

const importSummary = importSummarySchema.meta({ id: 'ImportSummary' });

export async function importRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { env } = app.deps;

  for (const type of [NDJSON, CSV]) {
    app.addContentTypeParser(type, { parseAs: 'string', bodyLimit: env.IMPORT_MAX_BYTES }, (_req, body, done) => done(null, body));
  }

  r.post('/v1/imports', {
    onRequest: requireUser,
    bodyLimit: env.IMPORT_MAX_BYTES,
    config: { contentTypes: [NDJSON, CSV] },
    schema: {
      operationId: 'startImport',
      tags: ['imports'],
      summary: 'Import listings in the interchange format (JSON Lines) or as CSV',
      description: [
        `\`${NDJSON}\`: one listing per line in the interchange format. \`${CSV}\` (UTF-8): a header naming exactly the columns the CSV export writes (\`GET /v1/exports/listings?format=csv\`), in any order, then one listing per record; an empty cell is an absent field, list columns are separated by \`;\`, and a cell the export protected against formula injection (a leading \`'\` before = + - @) gets its text back. A wrong header is a 400 naming the column.`,
        `At most ${env.IMPORT_MAX_LINES} lines. Processing is asynchronous: poll the returned import. Good lines are committed, bad lines reported with line, field, code and reason (in CSV, lines are records as a spreadsheet numbers its rows: the header is line 1, and fields are the columns). Re-importing a (kind, externalId) updates that listing. One import per person at a time: while one is queued or running, another answers 409.`,
      ].join('\n\n'),
      consumes: [NDJSON, CSV],
      body: z.string().meta({ description: 'The file: interchange JSON Lines, or CSV with the columns of the CSV export.' }),
      response: { 202: z.object({ id: z.uuid(), totalLines: z.number(), status: z.literal('queued') }), ...problems(400, 401, 403, 409, 413, 415) },
    },
    handler: async (req, reply) => {
      const [type = '', ...params] = (req.headers['content-type'] ?? '').split(';').map((s) => s.trim().toLowerCase());
      const format = type === CSV ? 'csv' : 'jsonl';
      // Spreadsheets save "CSV" in the computer's own code page unless asked for UTF-8.
      const charset = params
        .find((p) => p.startsWith('charset='))
        ?.slice('charset='.length)
        .replaceAll('"', '');
      if (format === 'csv' && charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
        return sendProblem(reply, 415, `charset ${charset} is not accepted here`, [
          { field: 'content-type', code: 'unsupported_media_type', reason: 'send the file in UTF-8' },
        ]);
      }
      const { id, totalLines } = await startImport(ctxOf(req), req.body, env.IMPORT_MAX_LINES, format);
      // The body is already committed; if Redis is away the job is re-queued by the worker's sweep.
      await app.deps.producer.add(QUEUES.imports, { importId: id }, { jobId: `import-${id}` }).catch((err: unknown) => {
        req.log.warn({ err, importId: id }, 'import queued in PostgreSQL only; the worker will pick it up');
      });
      return reply
        .code(202)
        .header('location', `/v1/imports/${id}`)
        .send({ id, totalLines, status: 'queued' as const });
    },
  });

  r.get('/v1/imports', {
    onRequest: requireUser,
    schema: {
      operationId: 'listImports',
      tags: ['imports'],
      summary: 'Imports, newest first: everyone’s for staff and admins, my own for others',
      description:
        'A page at a time (`limit`, `cursor`: the previous page’s `nextCursor`); `status` keeps only some (comma-separated: queued, running, completed, failed). ' +
        'Each import with who started it, where it stands and its counts; its line errors are in `GET /v1/imports/{id}`.',
      querystring: importListQuerySchema,
      response: { 200: z.object({ items: z.array(importSummary), nextCursor: z.string().optional() }), ...problems(400, 401, 403) },
    },
    handler: async (req) => listImports(ctxOf(req), { limit: req.query.limit, cursor: req.query.cursor, statuses: req.query.status }),
  });

  r.get('/v1/imports/:id', {
    onRequest: requireUser,
    schema: {
      operationId: 'getImport',
      tags: ['imports'],
      summary: 'Progress and per-line errors of an import',
      params: z.object({ id: z.uuid() }),
      querystring: z.object({ errorsAfterLine: z.coerce.number().int().min(0).max(PG_INT_MAX).optional() }).strict(),
      response: { 200: importView, ...problems(400, 401, 404) },
    },
    handler: async (req) => getImport(ctxOf(req), req.params.id, { errorsAfterLine: req.query.errorsAfterLine ?? 0 }),
  });
}

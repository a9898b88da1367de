import { cooperationExportItemSchema, cooperationExportQuerySchema, cooperationRecordInputSchema, cooperationRecordSchema } from '@enlace/domain';
import {
  COOPERATION_CSV_COLUMNS,
  cooperationRecordsCsv,
  exportCooperationRecords,
  getCooperationRecord,
  putCooperationRecord,
} from '@enlace/registry/cooperation';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../deps.js';
import { requireUser } from '../plugins/auth.js';
import { problems } from '../plugins/problem.js';

const tags = ['cooperation records'];
const RECORD =
  "What SEGIB's SIDICSS records of a cooperation: instrument (programme, project, action), cooperation type (bilateral; triangular with a first provider, a second provider and recipients; regional), approval, start and end dates, and each participant country's role, executing institution, budgeted and executed cost with its ISO 4217 currency. Captured when the match is agreed (Enlace's defaults unless the agreement sends `cooperationRecord`) and when it is completed.";

/** SIDICSS-compatible cooperation records: a match's record, its correction, and the export of a period. */
export async function cooperationRecordRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const idParams = z.object({ id: z.uuid() });

  r.get('/v1/matches/:id/cooperation-record', {
    onRequest: requireUser,
    schema: {
      operationId: 'getCooperationRecord',
      tags,
      summary: "A match's cooperation record (staff and the two countries)",
      description: RECORD,
      params: idParams,
      response: { 200: cooperationRecordSchema, ...problems(401, 404) },
    },
    handler: async (req) => getCooperationRecord(ctxOf(req), req.params.id),
  });

  r.put('/v1/matches/:id/cooperation-record', {
    onRequest: requireUser,
    schema: {
      operationId: 'putCooperationRecord',
      tags,
      summary: "Correct a match's cooperation record (staff, or a focal point of either side)",
      description: 'Kept from the agreement on; both countries of the match take part. See getCooperationRecord.',
      params: idParams,
      body: cooperationRecordInputSchema,
      response: { 200: cooperationRecordSchema, ...problems(400, 401, 403, 404, 409) },
    },
    handler: async (req) => putCooperationRecord(ctxOf(req), req.params.id, req.body),
  });

  const EXPORT = `Filters: \`from\`/\`to\` (on the approval date, or the day it was recorded without one), \`country\` (a participant), \`instrument\`, \`cooperationType\`. Staff export every record; officers and focal points those their country takes part in. Each record carries the match's stage and completion, the agreed modality, and the sector, SDG goal and target codes of both listings.`;

  r.get('/v1/cooperation-records', {
    onRequest: requireUser,
    schema: {
      operationId: 'exportCooperationRecords',
      tags,
      summary: 'Cooperation records of a period, for SIDICSS (JSON)',
      description: EXPORT,
      querystring: cooperationExportQuerySchema,
      response: { 200: z.object({ items: z.array(cooperationExportItemSchema) }), ...problems(400, 401) },
    },
    handler: async (req) => ({ items: await exportCooperationRecords(ctxOf(req), req.query) }),
  });

  r.get('/v1/cooperation-records.csv', {
    onRequest: requireUser,
    schema: {
      operationId: 'exportCooperationRecordsCsv',
      tags,
      summary: 'Cooperation records of a period, for SIDICSS (CSV, a row per participant)',
      description: `Columns: ${COOPERATION_CSV_COLUMNS.join(', ')}; lists joined with ";". Same filters and scope as exportCooperationRecords.`,
      querystring: cooperationExportQuerySchema,
      produces: ['text/csv'],
    },
    handler: async (req, reply) => {
      const csv = cooperationRecordsCsv(await exportCooperationRecords(ctxOf(req), req.query));
      return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="enlace-cooperation-records.csv"').send(csv);
    },
  });
}

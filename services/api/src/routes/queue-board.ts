import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { canWatchQueues } from '@enlace/domain';
import { QUEUES } from '@enlace/queue';
import type { FastifyInstance } from 'fastify';
import { sendProblem } from '../plugins/problem.js';

export const QUEUE_BOARD_PATH = '/admin/queues';
const BOARD_CSP = [
  "default-src 'self'",
  "base-uri 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/**
 * BullMQ's queues in bull-board, for admins: jobs waiting, running, failed, their data
 * and errors, retry and clean. Not part of the API's contract, so hidden from the
 * OpenAPI document; the web passes it through with the admin's session.
 */
export async function queueBoardRoutes(app: FastifyInstance) {
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({
    queues: Object.values(QUEUES).map((name) => new BullMQAdapter(app.deps.producer.queue(name))),
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Enlace queues' } },
  });
  await app.register(async (scope) => {
    // bull-board's own routes carry JSON schemas of their own, not zod ones.
    scope.setValidatorCompiler(() => () => true);
    scope.setSerializerCompiler(() => (data) => JSON.stringify(data));
    scope.addHook('onRoute', (route) => {
      route.schema = { ...route.schema, hide: true };
    });
    // Answered here rather than thrown: bull-board's routes have an error handler of their own.
    scope.addHook('onRequest', async (request, reply) => {
      if (request.actor.kind !== 'user') return sendProblem(reply, 401, 'sign in or send an API token');
      if (!canWatchQueues(request.actor)) return sendProblem(reply, 403, 'the queue board is for admins');
    });
    // The board's page needs its <base> and sets inline styles: a policy of its own, as
    // /docs has, still with scripts from this origin only. Its web font stays blocked.
    scope.addHook('onSend', async (_request, reply) => {
      reply.header('content-security-policy', BOARD_CSP);
    });
    await scope.register(serverAdapter.registerPlugin(), { prefix: QUEUE_BOARD_PATH });
  });
}

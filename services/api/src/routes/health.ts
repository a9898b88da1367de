import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { z } from 'zod';

export async function healthRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get('/health', {
    schema: { tags: ['operations'], summary: 'Liveness and database reachability', response: { 200: z.object({ status: z.literal('ok') }), 503: z.object({ status: z.literal('unavailable'), reason: z.string() }) } },
    handler: async (_req, reply) => {
      try {
        await app.deps.db.execute(sql`select 1`);
        return { status: 'ok' as const };
      } catch (err) {
        return reply.code(503).send({ status: 'unavailable' as const, reason: (err as Error).message });
      }
    },
  });
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { SECURITY } from '../plugins/openapi.js';
import { problems, sendUnavailable } from '../plugins/problem.js';

const DEPENDENCIES = ['database', 'redis', 'search'] as const;
type Dependency = (typeof DEPENDENCIES)[number];

/** How long one dependency may take to answer before it counts as down. */
const CHECK_TIMEOUT_MS = 2000;

const checkSchema = z.object({ status: z.enum(['up', 'down']), latencyMs: z.number(), reason: z.string().optional() });

async function check(probe: () => Promise<unknown>): Promise<z.infer<typeof checkSchema>> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
      }),
    ]);
    return { status: 'up', latencyMs: Math.round(performance.now() - started) };
  } catch (err) {
    return { status: 'down', latencyMs: Math.round(performance.now() - started), reason: (err as Error).message || 'unreachable' };
  } finally {
    clearTimeout(timer);
  }
}

export async function healthRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, producer, search } = app.deps;

  r.get('/health', {
    schema: {
      operationId: 'getHealth',
      security: [...SECURITY.none],
      tags: ['operations'],
      summary: 'Liveness: the process answers',
      description: 'Does not look at PostgreSQL, Redis or Meilisearch (see `/health/ready`): a restart would not bring them back.',
      response: { 200: z.object({ status: z.literal('ok') }) },
    },
    handler: async () => ({ status: 'ok' as const }),
  });

  r.get('/health/ready', {
    schema: {
      operationId: 'getReadiness',
      security: [...SECURITY.none],
      tags: ['operations'],
      summary: 'Readiness: PostgreSQL, Redis and Meilisearch answer',
      description:
        'Each dependency with its status and latency; 503 problem+json with `Retry-After`, naming each dependency that is down, when one does not answer.',
      response: { 200: z.object({ status: z.literal('ready'), checks: z.record(z.enum(DEPENDENCIES), checkSchema) }), ...problems(503) },
    },
    handler: async (_req, reply) => {
      const probes: Record<Dependency, () => Promise<unknown>> = {
        database: () => db.execute(sql`select 1`),
        redis: () => producer.ping(),
        search: () => search.client.health(),
      };
      const results = await Promise.all(DEPENDENCIES.map(async (name) => [name, await check(probes[name])] as const));
      const down = results.filter(([, c]) => c.status === 'down');
      if (down.length > 0) {
        reply.log.warn({ down: Object.fromEntries(down) }, 'not ready');
        return sendUnavailable(
          reply,
          `not ready: ${down.map(([name]) => name).join(', ')} ${down.length === 1 ? 'is' : 'are'} unavailable`,
          down.map(([name]) => ({ field: name, code: 'unavailable', reason: 'unavailable' })),
        );
      }
      return { status: 'ready' as const, checks: Object.fromEntries(results) as Record<Dependency, z.infer<typeof checkSchema>> };
    },
  });
}

import { ANONYMOUS, UnauthorizedError } from '@enlace/domain';
import { authenticate } from '@enlace/registry/internal';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Resolves `Authorization: Bearer <token>` to an actor on every request. No header
 * means anonymous; a header with a bad token is refused rather than downgraded.
 */
export const authPlugin = fp(async (app: FastifyInstance) => {
  // Fastify forbids object defaults on decorators: set per request instead.
  app.decorateRequest('actor', null as unknown as never);
  app.decorateRequest('bearer', null);
  app.addHook('onRequest', async (request) => {
    request.actor = ANONYMOUS;
    const header = request.headers.authorization;
    if (!header) return;
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new UnauthorizedError('use Authorization: Bearer <token>');
    request.bearer = match[1]!;
    request.actor = await authenticate(app.deps.db, match[1]!, app.deps.clock.now(), app.deps.env.TOKEN_MAX_DAYS);
  });
});

/** Route guard for endpoints that need a signed-in caller. */
export async function requireUser(request: { actor: { kind: string } }): Promise<void> {
  if (request.actor.kind !== 'user') throw new UnauthorizedError('sign in or send an API token');
}

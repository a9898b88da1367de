import { ANONYMOUS, UnauthorizedError } from '@enlace/domain';
import { authenticate, authenticateExpertLink } from '@enlace/registry/internal';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Resolves the Authorization header to an actor on every request: `Bearer <token>` (a
 * session or API token) is a person; `ExpertLink <token>` (the link emailed to an
 * expert) is that expert, for their own registration only. No header means anonymous;
 * a header with a bad token is refused rather than downgraded.
 */
export const authPlugin = fp(async (app: FastifyInstance) => {
  // Fastify forbids object defaults on decorators: set per request instead.
  app.decorateRequest('actor', null as unknown as never);
  app.decorateRequest('bearer', null);
  app.addHook('onRequest', async (request) => {
    request.actor = ANONYMOUS;
    const header = request.headers.authorization;
    if (!header) return;
    const [, scheme, token] = /^(Bearer|ExpertLink)\s+(\S+)$/i.exec(header) ?? [];
    if (!scheme || !token) throw new UnauthorizedError("use Authorization: Bearer <token>, or ExpertLink <token> with an expert's link");
    const now = app.deps.clock.now();
    if (scheme.toLowerCase() === 'expertlink') {
      request.actor = await authenticateExpertLink(app.deps.db, app.deps.env.APP_SECRET, token, now);
      return;
    }
    request.bearer = token;
    request.actor = await authenticate(app.deps.db, token, now, app.deps.env.TOKEN_MAX_DAYS);
  });
});

/** Route guard for endpoints that need a signed-in caller. */
export async function requireUser(request: { actor: { kind: string } }): Promise<void> {
  if (request.actor.kind !== 'user') throw new UnauthorizedError('sign in or send an API token');
}

/** Route guard for an expert's own registration: a signed-in person, or the expert with their link. */
export async function requireUserOrExpert(request: { actor: { kind: string } }): Promise<void> {
  if (request.actor.kind !== 'user' && request.actor.kind !== 'expert') throw new UnauthorizedError('sign in, or use the link emailed to the expert');
}

/** Route guard for what only the expert's own link opens. */
export async function requireExpertLink(request: { actor: { kind: string } }): Promise<void> {
  if (request.actor.kind !== 'expert') throw new UnauthorizedError('open the link emailed to you (Authorization: ExpertLink <token>)');
}

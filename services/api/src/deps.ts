import type { Env } from '@enlace/config';
import type { Database } from '@enlace/db';
import type { Actor, Clock } from '@enlace/domain';
import type { Producer } from '@enlace/queue';
import type { Ctx } from '@enlace/registry';
import type { SearchHandle } from '@enlace/search';
import type { FastifyRequest } from 'fastify';

/** What the HTTP layer needs from the outside world; tests build their own. */
export interface AppDeps {
  readonly env: Env;
  readonly db: Database;
  readonly producer: Producer;
  readonly search: SearchHandle;
  readonly clock: Clock;
}

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps;
  }
  interface FastifyRequest {
    actor: Actor;
    /** The bearer secret presented, kept so that sign-out can revoke it. */
    bearer: string | null;
  }
  interface FastifyContextConfig {
    /** Media types a route's body may have; JSON when unset. */
    contentTypes?: readonly string[];
  }
}

/** The verb context for a request: the app's database and clock, and the caller. */
export function ctxOf(request: FastifyRequest): Ctx {
  const { db, clock } = request.server.deps;
  return { db, clock, actor: request.actor };
}

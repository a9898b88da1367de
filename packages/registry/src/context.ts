import type { DbOrTx } from '@enlace/db';
import type { Actor, Clock } from '@enlace/domain';

/** What every verb receives: where to read and write, who is asking, and what time it is. */
export interface Ctx {
  readonly db: DbOrTx;
  readonly actor: Actor;
  readonly clock: Clock;
}

/** Runs `fn` in a transaction, or inside the caller's if it already is one. */
export async function inTransaction<T>(db: DbOrTx, fn: (tx: DbOrTx) => Promise<T>): Promise<T> {
  // Nested calls open a savepoint, which keeps the caller's transaction whole.
  return db.transaction((tx) => fn(tx));
}

/** The person an audit record names: null for anonymous callers and for the service itself. */
export function actorUserId(ctx: Pick<Ctx, 'actor'>): string | null {
  return ctx.actor.kind === 'user' ? ctx.actor.userId : null;
}

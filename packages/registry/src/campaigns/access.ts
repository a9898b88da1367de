import { ForbiddenError, UnauthorizedError, canManageCampaigns } from '@enlace/domain';
import type { Ctx } from '../context.js';

/** Campaigns are the secretariat's tool: only staff and admins manage or read them. */
export function requireSecretariat(ctx: Pick<Ctx, 'actor'>): string {
  if (ctx.actor.kind !== 'user') throw new UnauthorizedError('sign in to manage campaigns');
  if (!canManageCampaigns(ctx.actor)) throw new ForbiddenError('only the AICD secretariat manages campaigns');
  return ctx.actor.userId;
}

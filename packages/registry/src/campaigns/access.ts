import { ForbiddenError, canManageCampaigns, requirePerson } from '@enlace/domain';
import type { Ctx } from '../context.js';

/** Campaigns are the secretariat's tool: only staff and admins manage or read them. */
export function requireSecretariat(ctx: Pick<Ctx, 'actor'>): string {
  requirePerson(ctx.actor, 'manage campaigns');
  if (!canManageCampaigns(ctx.actor)) throw new ForbiddenError('only the AICD secretariat manages campaigns');
  return ctx.actor.userId;
}

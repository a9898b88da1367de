import { campaigns, type DbOrTx } from '@enlace/db';
import { type CampaignView, type Language, NotFoundError } from '@enlace/domain';
import { desc, eq } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import { requireSecretariat } from './access.js';

export type CampaignRow = typeof campaigns.$inferSelect;

export function toCampaignView(row: CampaignRow): CampaignView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    status: row.status,
    audience: { ...row.audience },
    goal: { ...row.goal },
    messages: Object.fromEntries(Object.entries(row.messages).filter((e): e is [string, { subject: string; body: string }] => e[1] !== undefined)),
    defaultLanguage: row.defaultLanguage as Language,
    deadline: row.deadline.toISOString().slice(0, 10),
    sendAt: row.sendAt?.toISOString() ?? null,
    reminderEveryDays: row.reminderEveryDays,
    rounds: row.rounds,
    lastRoundAt: row.lastRoundAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    endedAt: row.endedAt?.toISOString() ?? null,
  };
}

export async function loadCampaign(db: DbOrTx, id: string, opts: { forUpdate?: boolean } = {}): Promise<CampaignRow> {
  const query = db.select().from(campaigns).where(eq(campaigns.id, id)).limit(1);
  const [row] = opts.forUpdate ? await query.for('update') : await query;
  if (!row) throw new NotFoundError(`campaign ${id} not found`);
  return row;
}

export async function getCampaign(ctx: Ctx, id: string): Promise<CampaignView> {
  requireSecretariat(ctx);
  return toCampaignView(await loadCampaign(ctx.db, id));
}

export async function listCampaigns(ctx: Ctx): Promise<CampaignView[]> {
  requireSecretariat(ctx);
  const rows = await ctx.db.select().from(campaigns).orderBy(desc(campaigns.createdAt)).limit(500);
  return rows.map(toCampaignView);
}

import { type DbOrTx, experts, institutions } from '@enlace/db';
import { type SQL, eq } from 'drizzle-orm';
import type { ExpertWithInstitution } from './view.js';

/** Experts with their institution (which a registration always names, but the column allows none). */
export function selectExperts(db: DbOrTx) {
  return db.select({ expert: experts, institution: institutions }).from(experts).leftJoin(institutions, eq(institutions.id, experts.institutionId));
}

export function joinedExperts(rows: { expert: typeof experts.$inferSelect; institution: typeof institutions.$inferSelect | null }[]) {
  return rows.map((r): ExpertWithInstitution => ({ ...r.expert, institution: r.institution }));
}

export async function loadExpert(db: DbOrTx, where: SQL, opts: { forUpdate?: boolean } = {}): Promise<ExpertWithInstitution | undefined> {
  const query = selectExperts(db).where(where).limit(1);
  const rows = opts.forUpdate ? await query.for('update', { of: experts }) : await query;
  return joinedExperts(rows)[0];
}

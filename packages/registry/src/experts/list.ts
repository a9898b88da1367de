import { type DbOrTx, expertRevisions, experts } from '@enlace/db';
import {
  type Actor,
  EXPERT_FACETS,
  type ExpertFacets,
  type ExpertFilter,
  type ExpertSearchQuery,
  type ExpertView,
  countriesIn,
  expertSearchQuerySchema,
  expertVisibility,
  isPerson,
  isSecretariat,
} from '@enlace/domain';
import { type SQL, and, arrayContains, arrayOverlaps, count, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import { visibilitySql } from '../visibility-sql.js';
import { joinedExperts, selectExperts } from './load.js';
import { toExpertView } from './view.js';

export interface ExpertPage {
  readonly items: ExpertView[];
  readonly facets: ExpertFacets;
  readonly page: number;
  readonly hitsPerPage: number;
  readonly totalHits: number;
  readonly totalPages: number;
}

/** What the actor may see at all, as the policy's `expertVisibility` says. */
export function expertsVisibleTo(actor: Actor): SQL | undefined {
  return visibilitySql(expertVisibility(actor), { status: experts.status, country: experts.country });
}

const pendingRevisionExists = sql`exists (select 1 from ${expertRevisions} r where r.expert_id = ${experts.id} and r.status = 'pending')`;

/** The experts whose private side (contact, pending change) the actor sees, as `canSeeExpertPrivate` says for one. */
function privateTo(actor: Actor): SQL | undefined {
  if (isSecretariat(actor)) return undefined;
  return isPerson(actor) && actor.country ? eq(experts.country, actor.country) : sql`false`;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export function expertConditions(actor: Actor, f: ExpertFilter & { q?: string | undefined }): SQL | undefined {
  const group = f.group ? (countriesIn(f.group) ?? []) : undefined;
  return and(
    expertsVisibleTo(actor),
    f.country ? inArray(experts.country, f.country) : undefined,
    group ? (group.length > 0 ? inArray(experts.country, [...group]) : sql`false`) : undefined,
    f.sector ? arrayOverlaps(experts.sectors, f.sector) : undefined,
    f.sdgGoal ? arrayContains(experts.sdgGoals, [f.sdgGoal]) : undefined,
    f.sdgTarget ? arrayContains(experts.sdgTargets, [f.sdgTarget]) : undefined,
    f.workingLanguage ? arrayOverlaps(experts.workingLanguages, f.workingLanguage) : undefined,
    f.language ? eq(experts.language, f.language) : undefined,
    f.status ? inArray(experts.status, f.status) : undefined,
    f.revision ? and(pendingRevisionExists, privateTo(actor)) : undefined,
    f.q ? or(ilike(experts.name, `%${escapeLike(f.q)}%`), ilike(experts.profile, `%${escapeLike(f.q)}%`)) : undefined,
  );
}

const FACET_COLUMNS = {
  status: { column: experts.status, array: false },
  country: { column: experts.country, array: false },
  sectors: { column: experts.sectors, array: true },
  sdgGoals: { column: experts.sdgGoals, array: true },
  workingLanguages: { column: experts.workingLanguages, array: true },
  language: { column: experts.language, array: false },
} as const satisfies Record<(typeof EXPERT_FACETS)[number], unknown>;

async function facetCounts(db: DbOrTx, where: SQL | undefined): Promise<ExpertFacets> {
  const cond = where ?? sql`true`;
  const entries = await Promise.all(
    EXPERT_FACETS.map(async (name) => {
      const { column, array } = FACET_COLUMNS[name];
      const result = array
        ? await db.execute<{ value: string; n: number }>(
            sql`select v::text as value, count(*)::int as n from ${experts} cross join lateral unnest(${column}) as v where ${cond} group by v`,
          )
        : await db.execute<{ value: string; n: number }>(sql`select ${column}::text as value, count(*)::int as n from ${experts} where ${cond} group by 1`);
      return [name, Object.fromEntries(result.rows.map((r) => [r.value.trim(), Number(r.n)]))] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/**
 * The roster from PostgreSQL, newest first, with facet counts: what a focal point works
 * through (pending registrations of its country) and what staff audit. Public search of
 * validated experts goes through the search index instead (searchExperts).
 */
export async function listExperts(ctx: Ctx, query: Partial<ExpertSearchQuery>): Promise<ExpertPage> {
  const { page, hitsPerPage, ...filter } = expertSearchQuerySchema.parse(query);
  const where = expertConditions(ctx.actor, filter);
  const [rows, [total], facets] = await Promise.all([
    selectExperts(ctx.db)
      .where(where)
      .orderBy(desc(experts.createdAt), desc(experts.id))
      .limit(hitsPerPage)
      .offset((page - 1) * hitsPerPage),
    ctx.db.select({ n: count() }).from(experts).where(where),
    facetCounts(ctx.db, where),
  ]);
  const totalHits = total?.n ?? 0;
  return {
    items: joinedExperts(rows).map((r) => toExpertView(r, ctx.actor)),
    facets,
    page,
    hitsPerPage,
    totalHits,
    totalPages: Math.ceil(totalHits / hitsPerPage),
  };
}

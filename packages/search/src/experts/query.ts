import { ANONYMOUS, type ExpertFilter, expertVisibility } from '@enlace/domain';
import type { SearchHandle } from '../client.js';
import { HIGHLIGHT_TAGS, highlightHtml } from '../highlight.js';
import { visibilityToFilter } from '../query.js';

export interface ExpertSearch extends Omit<ExpertFilter, 'status'> {
  q?: string | undefined;
  page: number;
  hitsPerPage: number;
}

const PROFILE_FIELDS = ['profile_es', 'profile_en', 'profile_pt', 'profile_fr'];

export const EXPERT_SEARCH_FACETS = ['country', 'sectors', 'sdgGoals', 'workingLanguages', 'language'] as const;

const quote = (v: string | number) => (typeof v === 'number' ? String(v) : JSON.stringify(v));
const anyOf = (field: string, values: readonly (string | number)[]) => `${field} IN [${values.map(quote).join(', ')}]`;

/**
 * The index holds validated experts only and answers everyone alike: the public's view
 * of the roster (the policy's `expertVisibility` for an anonymous caller) says so again,
 * in case a removal is still on its way.
 */
export function expertSearchFilter(s: Omit<ExpertSearch, 'q' | 'page' | 'hitsPerPage'>): string[] {
  const publicView = visibilityToFilter(expertVisibility(ANONYMOUS));
  const clauses = publicView ? [publicView] : [];
  if (s.country?.length) clauses.push(anyOf('country', s.country));
  if (s.group) clauses.push(`countryGroups = ${quote(s.group)}`);
  if (s.sector?.length) clauses.push(anyOf('sectors', s.sector));
  if (s.sdgGoal) clauses.push(`sdgGoals = ${s.sdgGoal}`);
  if (s.sdgTarget) clauses.push(`sdgTargets = ${quote(s.sdgTarget)}`);
  if (s.workingLanguage?.length) clauses.push(anyOf('workingLanguages', s.workingLanguage));
  if (s.language) clauses.push(`language = ${quote(s.language)}`);
  return clauses;
}

/** Public search of the roster: full text over name, institution and profile, filters, facet counts. */
export async function searchExperts(search: SearchHandle, s: ExpertSearch) {
  const { q, page, hitsPerPage, ...filters } = s;
  return search.experts.search(q ?? '', {
    filter: expertSearchFilter(filters),
    facets: [...EXPERT_SEARCH_FACETS],
    page,
    hitsPerPage,
    attributesToRetrieve: ['id', 'name', ...PROFILE_FIELDS],
    attributesToHighlight: ['name', ...PROFILE_FIELDS],
    attributesToCrop: [...PROFILE_FIELDS],
    cropLength: 40,
    // Markers, not tags: expertHighlight escapes the text, then turns them into <mark>.
    ...HIGHLIGHT_TAGS,
    ...(q ? {} : { sort: ['validatedAt:desc'] }),
  });
}

/**
 * The highlighted name and cropped profile of a hit, whichever language field the profile
 * sits in, as HTML: the expert's words escaped, `<mark>` the only markup.
 */
export function expertHighlight(hit: { _formatted?: Partial<Record<string, unknown>> }): { name?: string; profile?: string } {
  const f = hit._formatted ?? {};
  const profile = PROFILE_FIELDS.map((k) => f[k]).find((v): v is string => typeof v === 'string' && v.length > 0);
  return { ...(typeof f.name === 'string' ? { name: highlightHtml(f.name) } : {}), ...(profile ? { profile: highlightHtml(profile) } : {}) };
}

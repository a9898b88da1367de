import { countryGroupsOf, type ExpertView, subregionOf } from '@enlace/domain';

/**
 * What the experts index holds: validated experts only, as the public sees them, never
 * their contact. The profile also sits in a field named after its language, so that
 * Meilisearch tokenizes it with that language's rules.
 */
export interface ExpertDocument {
  id: string;
  status: string;
  name: string;
  country: string;
  /** The country's groupings and subregion, for filters such as "caricom" or "caribbean". */
  countryGroups: string[];
  institutionId: string | null;
  institutionName: string | null;
  institutionAcronym: string | null;
  sectors: string[];
  sdgGoals: number[];
  sdgTargets: string[];
  workingLanguages: string[];
  language: string;
  profile: string;
  profile_es?: string;
  profile_en?: string;
  profile_pt?: string;
  profile_fr?: string;
  availability: string | null;
  validatedAt: number | null;
  updatedAt: number;
}

export function toExpertDocument(expert: ExpertView): ExpertDocument {
  const subregion = subregionOf(expert.country);
  return {
    id: expert.id,
    status: expert.status,
    name: expert.name,
    country: expert.country,
    countryGroups: [...countryGroupsOf(expert.country), ...(subregion ? [subregion] : [])],
    institutionId: expert.institution?.id ?? null,
    institutionName: expert.institution?.name ?? null,
    institutionAcronym: expert.institution?.acronym ?? null,
    sectors: expert.sectors,
    sdgGoals: expert.sdgGoals,
    sdgTargets: expert.sdgTargets,
    workingLanguages: expert.workingLanguages,
    language: expert.language,
    profile: expert.profile,
    [`profile_${expert.language}`]: expert.profile,
    availability: expert.availability ?? null,
    validatedAt: expert.validatedAt ? Date.parse(expert.validatedAt) : null,
    updatedAt: Date.parse(expert.updatedAt),
  };
}

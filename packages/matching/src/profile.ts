/*
 * Listings → match profiles: one translation call for a whole batch of listings, then the
 * pure analysis of each.
 */
import { effectiveSdgGoals, type Language } from '@enlace/domain';
import {
  analyzeListingText,
  type PivotFields,
  glossItem,
  glossWords,
  parseGloss,
  pivotItems,
  type AnalyzeOptions,
  type ListingText,
  type TermProfile,
} from './analyze.js';
import type { MatchProfile } from './score.js';
import type { PivotItem, Translator } from './translate.js';

/** The fields of a listing (interchange or stored) that matching reads. */
export interface MatchableListing extends ListingText {
  externalId?: string | undefined;
  country: string;
  sectors: readonly string[];
  sdgGoals?: readonly number[] | undefined;
  sdgTargets?: readonly string[] | undefined;
  modalities?: readonly string[] | undefined;
  workingLanguages?: readonly Language[] | undefined;
}

export function toMatchProfile(listing: MatchableListing, terms: TermProfile): MatchProfile {
  return {
    ...(listing.externalId !== undefined ? { id: listing.externalId } : {}),
    language: listing.language,
    country: listing.country,
    sectors: [...listing.sectors],
    sdgGoals: effectiveSdgGoals(listing.sdgGoals, listing.sdgTargets),
    sdgTargets: [...(listing.sdgTargets ?? [])],
    modalities: [...(listing.modalities ?? [])],
    workingLanguages: [...(listing.workingLanguages ?? [])],
    terms,
  };
}

/** Term profiles of many listings, translating all their texts in one call. */
export async function analyzeListings(listings: readonly ListingText[], translator: Translator, opts: AnalyzeOptions = {}): Promise<TermProfile[]> {
  return (await profileListings(listings, translator, opts)).map((p) => p.terms);
}

/** Like analyzeListings, keeping the pivot-language text too (a search index wants it). */
export async function profileListings(
  listings: readonly ListingText[],
  translator: Translator,
  opts: AnalyzeOptions = {},
): Promise<{ terms: TermProfile; pivot: PivotFields }[]> {
  const items: PivotItem[] = [];
  const at: { fields: number; gloss: number | undefined }[] = [];
  for (const l of listings) {
    const fields = items.length;
    items.push(...pivotItems(l));
    const g = glossItem(l);
    let gloss: number | undefined;
    if (g) {
      gloss = items.length;
      items.push(g);
    }
    at.push({ fields, gloss });
  }
  const pivot = await translator.toPivot(items);
  return listings.map((l, i) => {
    const { fields, gloss } = at[i]!;
    const wordGloss = gloss === undefined ? undefined : parseGloss(glossWords(l), pivot[gloss] ?? '');
    const fieldsInPivot: PivotFields = { title: pivot[fields] ?? '', description: pivot[fields + 1] ?? '', keywords: pivot[fields + 2] ?? '' };
    return { terms: analyzeListingText(l, fieldsInPivot, wordGloss, opts), pivot: fieldsInPivot };
  });
}

export async function buildMatchProfiles(listings: readonly MatchableListing[], translator: Translator, opts: AnalyzeOptions = {}): Promise<MatchProfile[]> {
  const terms = await analyzeListings(listings, translator, opts);
  return listings.map((l, i) => toMatchProfile(l, terms[i]!));
}

/** What of an expert's registration is read as text: the profile, in its language. */
export interface ExpertText {
  language: Language;
  profile: string;
}

/**
 * An expert's profile read as a listing with no title and no keywords: its description
 * is the profile. One translation call for the whole batch, like profileListings.
 */
export function expertListingText(expert: ExpertText): ListingText {
  return { language: expert.language, title: '', description: expert.profile };
}

export async function profileExperts(
  experts: readonly ExpertText[],
  translator: Translator,
  opts: AnalyzeOptions = {},
): Promise<{ terms: TermProfile; pivot: PivotFields }[]> {
  return profileListings(experts.map(expertListingText), translator, opts);
}

/*
 * Which offers may be proposed for a demand at all (interchange README, "A listing never
 * matches a listing of the same kind, nor one from its own country"; eval README for the
 * rest). Eligibility is a filter, never a score: an ineligible offer is not returned,
 * however well its topic fits.
 */
export interface EligibilityFields {
  kind: 'offer' | 'demand';
  country: string;
  /** Interchange status; absent means published. */
  status?: string | undefined;
  validFrom?: string | undefined;
  validUntil?: string | undefined;
  targetCountries?: readonly string[] | undefined;
}

export type IneligibilityReason = 'same_kind' | 'same_country' | 'not_published' | 'not_valid_yet' | 'expired' | 'not_targeted';

/** Is the listing open for matching on `today` (YYYY-MM-DD)? Dates are inclusive. */
export function whyClosed(listing: EligibilityFields, today: string): IneligibilityReason | undefined {
  if ((listing.status ?? 'published') !== 'published') return 'not_published';
  if (listing.validFrom !== undefined && listing.validFrom > today) return 'not_valid_yet';
  if (listing.validUntil !== undefined && listing.validUntil < today) return 'expired';
  return undefined;
}

/** Why `offer` may not be proposed for `demand` on `today`, or undefined when it may. */
export function whyIneligible(demand: EligibilityFields, offer: EligibilityFields, today: string): IneligibilityReason | undefined {
  if (demand.kind === offer.kind) return 'same_kind';
  if (demand.country === offer.country) return 'same_country';
  const closed = whyClosed(offer, today) ?? whyClosed(demand, today);
  if (closed) return closed;
  // An offer's targetCountries are the only countries it is open to; a demand's are a preference.
  if (offer.targetCountries && offer.targetCountries.length > 0 && !offer.targetCountries.includes(demand.country)) {
    return 'not_targeted';
  }
  return undefined;
}

export function isEligible(demand: EligibilityFields, offer: EligibilityFields, today: string): boolean {
  return whyIneligible(demand, offer, today) === undefined;
}

/*
 * Names of the codes people meet in lists and pages (a listing's status, a match's
 * stage, a role…), in the reader's language. The code lists are the domain's; their
 * names are messages `label.<set>.<code>` of the catalogues, so that a translator finds
 * them beside every other text. A code added to a list without its name in every
 * catalogue fails the type check below.
 */
import {
  CAMPAIGN_KINDS,
  CAMPAIGN_STATUSES,
  CHANNELS,
  DELIVERY_STATUSES,
  EXPERT_STATUSES,
  FREQUENCIES,
  LISTING_KINDS,
  LISTING_STATUSES,
  MATCH_STAGES,
  ROLES,
} from '@enlace/domain/codes';
import type { Language } from './languages.js';
import { t, type MessageKey } from './translate.js';

export const LABEL_SETS = {
  listingKind: LISTING_KINDS,
  listingStatus: LISTING_STATUSES,
  role: ROLES,
  matchStage: MATCH_STAGES,
  channel: CHANNELS,
  frequency: FREQUENCIES,
  deliveryStatus: DELIVERY_STATUSES,
  campaignKind: CAMPAIGN_KINDS,
  campaignStatus: CAMPAIGN_STATUSES,
  expertStatus: EXPERT_STATUSES,
} as const;

export type LabelSet = keyof typeof LABEL_SETS;
export type LabelCode<S extends LabelSet> = (typeof LABEL_SETS)[S][number];
type LabelKey = { [S in LabelSet]: `label.${S}.${LabelCode<S>}` }[LabelSet];

// Compile-time completeness: every code of every set has a message.
const everyLabelIsAMessage: LabelKey extends MessageKey ? true : never = true;
void everyLabelIsAMessage;

/** label('fr', 'matchStage', 'mutual') → "Intérêt mutuel". */
export function label<S extends LabelSet>(lang: Language, set: S, code: LabelCode<S>): string {
  return t(lang, `label.${set}.${code}` as LabelKey);
}

/** Every code of a set with its name, in the list's order: for a select or a filter. */
export function labelsOf<S extends LabelSet>(lang: Language, set: S): { code: LabelCode<S>; label: string }[] {
  return (LABEL_SETS[set] as readonly LabelCode<S>[]).map((code) => ({ code, label: label(lang, set, code) }));
}

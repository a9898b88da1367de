/*
 * Phrases shared by every kind of message: how a listing is named in a sentence, and
 * lists that stop after a few items. The words themselves are messages of @enlace/i18n;
 * this file only puts them together.
 */
import { label, listOf, quote, t, type Language } from '@enlace/i18n';
import type { ListingKind } from '@enlace/domain';

interface TitledListing {
  kind: ListingKind;
  title: string;
}

/** "Oferta", "Demand", "Demande". */
export function kindNoun(kind: ListingKind, lang: Language): string {
  return label(lang, 'listingKind', kind);
}

/** "su oferta «Alerta temprana»"; `max` shortens the title (subjects, inbox titles). */
export function yourListing(l: TitledListing, lang: Language, max?: number): string {
  return t(lang, 'listing.your', { kind: l.kind, title: quote(lang, l.title, max) });
}

/** "la demanda «Alerta temprana»". */
export function theListing(l: TitledListing, lang: Language, max?: number): string {
  return t(lang, 'listing.the', { kind: l.kind, title: quote(lang, l.title, max) });
}

/** "y 3 más", "and 3 more", "e mais 3", "et 3 autres". */
export function andMore(more: number, lang: Language): string {
  return t(lang, 'list.andMore', { count: more });
}

/** A list that stops after the items shown: "«A», «B» y 3 más". */
export function listWithMore(items: readonly string[], more: number, lang: Language): string {
  if (more <= 0) return listOf(lang, items);
  const rest = t(lang, 'list.more', { count: more });
  return items.length === 0 ? rest : listOf(lang, [...items, rest]);
}

/*
 * Every field of a listing's content with its label in the reader's language: what the
 * listing page shows, and what a reviewer compares side by side. Codes become names
 * (sectors, SDG targets with their text, countries); the contact appears only when the
 * API gave it, which it does only to those allowed to see it.
 */
import { isLanguage, label, listOf, longDate, t as translate } from '@enlace/i18n';
import type { Schemas } from '../api/client.js';
import type { Page } from '../context.js';
import type { Taxonomies } from '../taxonomies.js';

/**
 * What a listing says: the content a revision proposes (ListingRevision['content']),
 * which a Listing also is. What only a listing has (kind, status, reference) shows when
 * given; a revision's content has none of it.
 */
export type ListingContent = Schemas['ListingRevision']['content'] & Partial<Pick<Schemas['Listing'], 'kind' | 'status' | 'externalId'>>;

export interface ListingFieldsOptions {
  /** Title and description as rows too (a reviewer's side-by-side); the listing page shows them as its heading and text. */
  readonly withText?: boolean;
}

interface Row {
  readonly key: string;
  readonly label: string;
  /** Built as JSX above: every text in it went through `safe`. */
  readonly safeValue: JSX.Element;
}

export function listingRows(page: Page, tax: Taxonomies, l: ListingContent, opts: ListingFieldsOptions = {}): Row[] {
  const { t, lang } = page;
  // The listing's own words keep their language, for screen readers and hyphenation.
  const own = l.language !== lang ? l.language : undefined;
  const names = (list: Parameters<Taxonomies['name']>[0], codes: readonly string[] | undefined) => (codes ?? []).map((c) => tax.name(list, c));
  const text = (s: string) => <span safe>{s}</span>;
  const items = (xs: readonly string[]) => (
    <ul class="plain">
      {xs.map((x) => (
        <li safe>{x}</li>
      ))}
    </ul>
  );
  const rows: (Row | undefined)[] = [
    l.kind ? { key: 'kind', label: t('web.listing.field.kind'), safeValue: text(label(lang, 'listingKind', l.kind)) } : undefined,
    l.status ? { key: 'status', label: t('web.listing.field.status'), safeValue: text(label(lang, 'listingStatus', l.status)) } : undefined,
    opts.withText
      ? {
          key: 'title',
          label: t('web.listing.field.title'),
          safeValue: (
            <span lang={own} safe>
              {l.title}
            </span>
          ),
        }
      : undefined,
    opts.withText
      ? {
          key: 'description',
          label: t('web.listing.description'),
          safeValue: (
            <div class="prose" lang={own} safe>
              {l.description}
            </div>
          ),
        }
      : undefined,
    { key: 'country', label: t('web.listing.field.country'), safeValue: text(tax.name('countries', l.country)) },
    {
      key: 'institution',
      label: t('web.listing.field.institution'),
      safeValue: (
        <span>
          <span lang={own} safe>
            {l.institution.acronym ? `${l.institution.name} (${l.institution.acronym})` : l.institution.name}
          </span>
          {l.institution.type ? <span safe>{` · ${tax.name('institutionTypes', l.institution.type)}`}</span> : ''}
        </span>
      ),
    },
    { key: 'language', label: t('web.listing.field.language'), safeValue: text(translate(lang, `language.${l.language}`)) },
    { key: 'sectors', label: t('web.listing.field.sectors'), safeValue: items(names('sectors', l.sectors)) },
    l.sdgGoals?.length
      ? { key: 'sdgGoals', label: t('web.listing.field.sdgGoals'), safeValue: items(l.sdgGoals.map((g) => `${g}. ${tax.goalName(g)}`)) }
      : undefined,
    l.sdgTargets?.length
      ? {
          key: 'sdgTargets',
          label: t('web.listing.field.sdgTargets'),
          safeValue: (
            <ul class="plain">
              {l.sdgTargets.map((c) => {
                // Target texts exist in some languages only: say which one a reader gets.
                const textLanguage = tax.sdgTargets.find((x) => x.code === c)?.textLanguage;
                return (
                  <li>
                    <span safe>{c}</span> —{' '}
                    <span lang={textLanguage && textLanguage !== lang ? textLanguage : undefined} safe>
                      {tax.targetText(c)}
                    </span>
                  </li>
                );
              })}
            </ul>
          ),
        }
      : undefined,
    l.modalities?.length ? { key: 'modalities', label: t('web.listing.field.modalities'), safeValue: items(names('modalities', l.modalities)) } : undefined,
    l.cooperationTypes?.length
      ? { key: 'cooperationTypes', label: t('web.listing.field.cooperationTypes'), safeValue: items(names('cooperationTypes', l.cooperationTypes)) }
      : undefined,
    l.deliveryFormats?.length
      ? { key: 'deliveryFormats', label: t('web.listing.field.deliveryFormats'), safeValue: items(names('deliveryFormats', l.deliveryFormats)) }
      : undefined,
    l.workingLanguages?.length
      ? {
          key: 'workingLanguages',
          label: t('web.listing.field.workingLanguages'),
          safeValue: text(
            listOf(
              lang,
              l.workingLanguages.map((w) => (isLanguage(w) ? translate(lang, `language.${w}`) : w)),
            ),
          ),
        }
      : undefined,
    l.targetCountries?.length
      ? { key: 'targetCountries', label: t('web.listing.field.targetCountries'), safeValue: text(listOf(lang, names('countries', l.targetCountries))) }
      : undefined,
    l.validFrom || l.validUntil
      ? { key: 'validity', label: t('web.listing.field.validity'), safeValue: text(validity(page, l.validFrom, l.validUntil)) }
      : undefined,
    l.keywords?.length
      ? {
          key: 'keywords',
          label: t('web.listing.field.keywords'),
          safeValue: (
            <span lang={own} safe>
              {l.keywords.join(', ')}
            </span>
          ),
        }
      : undefined,
    l.externalId ? { key: 'reference', label: t('web.listing.field.reference'), safeValue: text(l.externalId) } : undefined,
    l.contact
      ? {
          key: 'contact',
          label: t('web.listing.field.contact'),
          safeValue: (
            <span>
              <span safe>{l.contact.name}</span> ·{' '}
              <a href={`mailto:${l.contact.email}`} safe>
                {l.contact.email}
              </a>
            </span>
          ),
        }
      : undefined,
  ];
  return rows.filter((r): r is Row => r !== undefined);
}

function validity({ t, lang }: Page, from: string | undefined, until: string | undefined): string {
  if (from && until) return t('web.listing.validity.range', { from: longDate(lang, from), until: longDate(lang, until) });
  if (until) return t('web.listing.validity.until', { until: longDate(lang, until) });
  return t('web.listing.validity.from', { from: longDate(lang, from ?? '') });
}

/** The rows above as a definition list. */
export function ListingFields({ page, tax, listing, withText }: { page: Page; tax: Taxonomies; listing: ListingContent } & ListingFieldsOptions) {
  return (
    <dl class="fields">
      {listingRows(page, tax, listing, { withText }).map((r) => (
        <>
          <dt safe>{r.label}</dt>
          <dd>{r.safeValue as 'safe'}</dd>
        </>
      ))}
    </dl>
  );
}

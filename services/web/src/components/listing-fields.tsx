/*
 * Every field of a listing's content with its label in the reader's language: what the
 * listing page shows, and what a reviewer compares side by side. Codes become names
 * (sectors, SDG targets with their text, countries); the contact appears only when the
 * API gave it, which it does only to those allowed to see it.
 */
import { longDate, t as translate } from '@enlace/i18n';
import type { Schemas } from '../api/client.js';
import type { Page } from '../context.js';
import type { Taxonomies } from '../taxonomies.js';

export type ListingContent = Pick<Schemas['Listing'], 'language' | 'country' | 'institution' | 'sectors'> &
  Partial<
    Pick<
      Schemas['Listing'],
      | 'sdgGoals'
      | 'sdgTargets'
      | 'modalities'
      | 'cooperationTypes'
      | 'deliveryFormats'
      | 'workingLanguages'
      | 'targetCountries'
      | 'validFrom'
      | 'validUntil'
      | 'keywords'
      | 'contact'
    >
  >;

interface Row {
  readonly key: string;
  readonly label: string;
  /** Built as JSX above: every text in it went through `safe`. */
  readonly safeValue: JSX.Element;
}

export function listingRows(page: Page, tax: Taxonomies, l: ListingContent): Row[] {
  const { t, lang } = page;
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
    { key: 'country', label: t('web.listing.field.country'), safeValue: text(tax.name('countries', l.country)) },
    {
      key: 'institution',
      label: t('web.listing.field.institution'),
      safeValue: text(
        [
          l.institution.name,
          l.institution.acronym ? `(${l.institution.acronym})` : '',
          l.institution.type ? `· ${tax.name('institutionTypes', l.institution.type)}` : '',
        ]
          .filter(Boolean)
          .join(' '),
      ),
    },
    { key: 'language', label: t('web.listing.field.language'), safeValue: text(translate(lang, `language.${l.language}`)) },
    { key: 'sectors', label: t('web.listing.field.sectors'), safeValue: items(names('sectors', l.sectors)) },
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
    l.sdgGoals?.length
      ? { key: 'sdgGoals', label: t('web.listing.field.sdgGoals'), safeValue: items(l.sdgGoals.map((g) => `${g}. ${tax.goalName(g)}`)) }
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
          safeValue: text(l.workingLanguages.map((w) => translate(lang, `language.${w as 'es'}`)).join(', ')),
        }
      : undefined,
    l.targetCountries?.length
      ? { key: 'targetCountries', label: t('web.listing.field.targetCountries'), safeValue: text(names('countries', l.targetCountries).join(', ')) }
      : undefined,
    l.validUntil
      ? {
          key: 'validity',
          label: t('web.listing.field.validity'),
          safeValue: text(
            l.validFrom
              ? t('web.listing.validity.range', { from: longDate(lang, l.validFrom), until: longDate(lang, l.validUntil) })
              : t('web.listing.validity.until', { until: longDate(lang, l.validUntil) }),
          ),
        }
      : undefined,
    l.keywords?.length ? { key: 'keywords', label: t('web.listing.field.keywords'), safeValue: text(l.keywords.join(', ')) } : undefined,
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

/** The rows above as a definition list. */
export function ListingFields({ page, tax, listing }: { page: Page; tax: Taxonomies; listing: ListingContent }) {
  return (
    <dl class="fields">
      {listingRows(page, tax, listing).map((r) => (
        <>
          <dt safe>{r.label}</dt>
          <dd>{r.safeValue as 'safe'}</dd>
        </>
      ))}
    </dl>
  );
}

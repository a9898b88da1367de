/*
 * A listing in a list (the catalogue, the home page): what it is, who offers or asks,
 * where, for which sectors and goals. The title and text keep their own language's
 * `lang`; a search hit's highlight is HTML the API has already escaped.
 */
import { label, longDate } from '@enlace/i18n';
import type { Schemas } from '../api/client.js';
import type { Page } from '../context.js';
import type { Taxonomies } from '../taxonomies.js';

type CardListing = Pick<Schemas['Listing'], 'id' | 'kind' | 'status' | 'title' | 'description' | 'language' | 'country' | 'sectors'> & {
  readonly institution: { readonly name: string; readonly acronym?: string | null | undefined };
  readonly sdgGoals?: readonly number[] | undefined;
  readonly modalities?: readonly string[] | undefined;
  readonly validUntil?: string | undefined;
  /** From a search: title and cropped description with <mark>, every character of the listing's text escaped by the API. */
  readonly highlight?: { readonly title: string; readonly description: string } | undefined;
};

export function ListingCard({ page, tax, listing, headingLevel = 3 }: { page: Page; tax: Taxonomies; listing: CardListing; headingLevel?: 2 | 3 }) {
  const { t, lang } = page;
  const other = listing.language !== lang ? listing.language : undefined;
  const institution = listing.institution.acronym ? `${listing.institution.name} (${listing.institution.acronym})` : listing.institution.name;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li class="card">
      <p class="meta">
        <span class="badge" safe>
          {label(lang, 'listingKind', listing.kind)}
        </span>{' '}
        {listing.status !== 'published' ? (
          <span class="badge" safe>
            {label(lang, 'listingStatus', listing.status)}
          </span>
        ) : (
          ''
        )}
      </p>
      <Heading lang={other}>
        <a href={page.href(`/listings/${listing.id}`)}>
          {/* The API escaped every character of the listing's text; <mark> is its only markup (searchHitSchema.highlight). */}
          {listing.highlight ? listing.highlight.title : <span safe>{listing.title}</span>}
        </a>
      </Heading>
      <p class="meta" safe>
        {t('web.catalogue.card.by', { institution, country: tax.name('countries', listing.country) })}
      </p>
      <p lang={other}>{listing.highlight ? listing.highlight.description : <span safe>{crop(listing.description)}</span>}</p>
      <p>
        {listing.sectors.map((s) => (
          <span class="tag" safe>
            {tax.name('sectors', s)}
          </span>
        ))}
        {(listing.modalities ?? []).map((m) => (
          <span class="tag" safe>
            {tax.name('modalities', m)}
          </span>
        ))}
      </p>
      {listing.sdgGoals && listing.sdgGoals.length > 0 ? (
        <p class="meta" safe>
          {t('web.catalogue.card.goals', { goals: listing.sdgGoals.join(', ') })}
        </p>
      ) : (
        ''
      )}
      {listing.validUntil ? (
        <p class="meta" safe>
          {t('web.catalogue.card.validUntil', { date: longDate(lang, new Date(listing.validUntil)) })}
        </p>
      ) : (
        ''
      )}
    </li>
  );
}

function crop(text: string, max = 240): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, line.lastIndexOf(' ', max - 1) > max / 2 ? line.lastIndexOf(' ', max - 1) : max - 1)}…`;
}

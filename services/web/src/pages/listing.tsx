/*
 * One listing: its text in its own language (and, one click away, a machine translation
 * into the reader's), every field labelled in the reader's language, and its best
 * matches with their reasons, as far as the API lets this reader see them.
 */
import { label, t as translate } from '@enlace/i18n';
import type { FastifyInstance } from 'fastify';
import { dataOf, type Schemas } from '../api/client.js';
import { ListingFields } from '../components/listing-fields.js';
import { type Page, pageOf } from '../context.js';
import { Layout } from '../layout.js';
import { fromHtmx, sendHtml } from '../render.js';
import { type Taxonomies, taxonomiesFor } from '../taxonomies.js';

type Translation = Schemas['ListingTranslation'];

function TranslationBlock({ page, listing, translation }: { page: Page; listing: Schemas['Listing']; translation: Translation | 'unavailable' }) {
  const { t, lang } = page;
  if (translation === 'unavailable')
    return (
      <section id="translation" class="translation" aria-live="polite">
        <p safe>{t('web.listing.translation.unavailable')}</p>
      </section>
    );
  return (
    <section id="translation" class="translation" aria-labelledby="translation-title" aria-live="polite">
      <h2 id="translation-title" safe>
        {t('web.listing.translation.title', { language: translate(lang, `language.${lang}`) })}
      </h2>
      <p class="meta">
        <span class="badge" safe>
          {t('web.layout.machineTranslated')}
        </span>{' '}
        <span safe>{t('web.listing.translation.notice', { language: translate(lang, `language.${listing.language}`) })}</span>
      </p>
      <h3 safe>{translation.title}</h3>
      <div class="prose" safe>
        {translation.description}
      </div>
      <p>
        <a href={page.href(`/listings/${listing.id}`)} safe>
          {t('web.listing.original')}
        </a>
      </p>
    </section>
  );
}

type ListingMatches = {
  items: { id?: string; stage?: Schemas['Listing']['status'] | string; listing: Schemas['Listing']; score: number; reasons: Schemas['MatchReason'][] }[];
  experts: { expert: Schemas['Expert']; score: number; reasons: Schemas['MatchReason'][] }[];
};

function MatchList({ page, tax, matches }: { page: Page; tax: Taxonomies; matches: ListingMatches }) {
  const { t, lang } = page;
  const percent = (score: number) => `${Math.round(score * 100)} %`;
  return (
    <section aria-labelledby="matches-title">
      <h2 id="matches-title" safe>
        {t('web.listing.matches.title')}
      </h2>
      {matches.items.length === 0 ? <p safe>{t('web.listing.matches.none')}</p> : ''}
      <ul class="cards" hidden={matches.items.length === 0}>
        {matches.items.map((m) => (
          <li class="card">
            <p class="meta">
              <span class="badge" safe>
                {label(lang, 'listingKind', m.listing.kind)}
              </span>{' '}
              <span safe>{t('web.listing.matches.score', { score: percent(m.score) })}</span>
            </p>
            <h3 lang={m.listing.language !== lang ? m.listing.language : undefined}>
              <a href={page.href(`/listings/${m.listing.id}`)} safe>
                {m.listing.title}
              </a>
            </h3>
            <p class="meta" safe>
              {t('web.catalogue.card.by', { institution: m.listing.institution.name, country: tax.name('countries', m.listing.country) })}
            </p>
            {m.reasons.length > 0 ? (
              <>
                <h4 class="visually-hidden" safe>
                  {t('web.listing.matches.reasons')}
                </h4>
                <ul>
                  {m.reasons.map((r) => (
                    <li safe>{r.text}</li>
                  ))}
                </ul>
              </>
            ) : (
              ''
            )}
          </li>
        ))}
      </ul>
      {matches.experts.length > 0 ? (
        <>
          <h2 safe>{t('web.listing.experts.title')}</h2>
          <ul class="cards">
            {matches.experts.map((e) => (
              <li class="card">
                <h3 safe>{e.expert.name}</h3>
                <p class="meta" safe>
                  {[e.expert.institution?.name, tax.name('countries', e.expert.country), t('web.listing.matches.score', { score: percent(e.score) })]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                <ul>
                  {e.reasons.map((r) => (
                    <li safe>{r.text}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      ) : (
        ''
      )}
    </section>
  );
}

export async function listingPages(app: FastifyInstance) {
  app.get<{ Params: { id: string }; Querystring: { translate?: string } }>('/listings/:id', async (req, reply) => {
    const page = await pageOf(req, reply);
    const { t, lang } = page;
    const id = /^[0-9a-f-]{36}$/i.test(req.params.id) ? req.params.id : '00000000-0000-0000-0000-000000000000';
    const wantsTranslation = req.query.translate === '1';
    const listing = dataOf(await page.api.GET('/v1/listings/{id}', { params: { path: { id } } }));

    const translation = async (): Promise<Translation | 'unavailable'> => {
      const res = await page.api.GET('/v1/listings/{id}/translation', { params: { path: { id }, query: { lang } } });
      return res.data ?? 'unavailable';
    };
    // htmx asks for the translation alone, to put it in place.
    if (wantsTranslation && fromHtmx(req)) return sendHtml(reply, <TranslationBlock page={page} listing={listing} translation={await translation()} />);

    const [tax, translated, matches] = await Promise.all([
      taxonomiesFor(app, lang),
      wantsTranslation && listing.language !== lang ? translation() : Promise.resolve(undefined),
      listing.status === 'published'
        ? page.api.GET('/v1/listings/{id}/matches', { params: { path: { id }, query: { lang, limit: 10 } } }).then((r) => r.data as ListingMatches | undefined)
        : Promise.resolve(undefined),
    ]);
    const other = listing.language !== lang ? listing.language : undefined;
    return sendHtml(
      reply,
      <Layout page={page} title={listing.title} section="catalogue">
        <p class="meta">
          <span class="badge" safe>
            {label(lang, 'listingKind', listing.kind)}
          </span>{' '}
          <span class="badge" safe>
            {label(lang, 'listingStatus', listing.status)}
          </span>
        </p>
        <h1 lang={other} safe>
          {listing.title}
        </h1>
        <section aria-labelledby="description-title">
          <h2 id="description-title" safe>
            {t('web.listing.description')}
          </h2>
          <div class="prose" lang={other} safe>
            {listing.description}
          </div>
          {other && !translated ? (
            <p>
              <a
                href={page.href(`/listings/${listing.id}?translate=1`)}
                hx-get={page.href(`/listings/${listing.id}?translate=1`)}
                hx-target="closest p"
                hx-swap="outerHTML"
                safe
              >
                {t('web.listing.translate', { language: translate(lang, `language.${lang}`) })}
              </a>
            </p>
          ) : (
            ''
          )}
        </section>
        {translated ? <TranslationBlock page={page} listing={listing} translation={translated} /> : ''}
        <section aria-labelledby="details-title">
          <h2 id="details-title" safe>
            {t('web.listing.details')}
          </h2>
          <ListingFields page={page} tax={tax} listing={listing} />
        </section>
        {matches ? <MatchList page={page} tax={tax} matches={matches} /> : ''}
      </Layout>,
    );
  });
}

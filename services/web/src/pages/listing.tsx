/*
 * One listing: its text in its own language (and, one click away, a machine translation
 * into the reader's), every field labelled in the reader's language, and its best
 * matches with their reasons, as far as the API lets this reader see them.
 */
import { canProposeMatch, canReviewListing, canWriteListing } from '@enlace/domain';
import { label, percent, t as translate } from '@enlace/i18n';
import type { FastifyInstance } from 'fastify';
import { dataOf, type operations, type Schemas } from '../api/client.js';
import { CandidateExperts, Reasons } from '../components/candidate-experts.js';
import { ListingFields } from '../components/listing-fields.js';
import { type Page, pageOf, pathId } from '../context.js';
import { Layout } from '../layout.js';
import { fromHtmx, sendHtml } from '../render.js';
import { type Taxonomies, taxonomiesFor } from '../taxonomies.js';

type Listing = Schemas['Listing'];
type Translation = Schemas['ListingTranslation'];
type ListingMatches = operations['listListingMatches']['responses'][200]['content']['application/json'];

/** Candidate experts on the listing page; one more is asked for, to know whether to link to the rest. */
const EXPERTS_SHOWN = 5;

/** The machine translation, or why there is none right now (the translator is slow or away: the API said 503). */
function TranslationBlock({ page, listing, translation }: { page: Page; listing: Listing; translation: Translation | 'unavailable' }) {
  const { t, lang } = page;
  if (translation === 'unavailable')
    return (
      <p id="translation" class="translation" safe>
        {t('web.listing.translation.unavailable')}
      </p>
    );
  return (
    <section id="translation" class="translation" aria-labelledby="translation-title">
      <h3 id="translation-title" safe>
        {t('web.listing.translation.title', { language: translate(lang, `language.${lang}`) })}
      </h3>
      <p class="meta">
        <span class="badge" safe>
          {t('web.layout.machineTranslated')}
        </span>{' '}
        <span safe>{t('web.listing.translation.notice', { language: translate(lang, `language.${listing.language}`) })}</span>
      </p>
      <h4 safe>{translation.title}</h4>
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

/** Where the translation goes: the link asking for it, or the translation itself. htmx fills it in place; without JavaScript the link reloads the page with it. */
function TranslationSlot({ page, listing, translation }: { page: Page; listing: Listing; translation: Translation | 'unavailable' | undefined }) {
  const href = page.href(`/listings/${listing.id}?translate=1`);
  return (
    <div id="translation-slot" aria-live="polite">
      {translation ? (
        <TranslationBlock page={page} listing={listing} translation={translation} />
      ) : (
        <p>
          <a href={href} hx-get={href} hx-target="#translation-slot" hx-swap="innerHTML" hx-push-url="true" safe>
            {page.t('web.listing.translate', { language: translate(page.lang, `language.${page.lang}`) })}
          </a>
        </p>
      )}
    </div>
  );
}

function MatchList({ page, tax, listing, matches }: { page: Page; tax: Taxonomies; listing: Listing; matches: ListingMatches }) {
  const { t, lang } = page;
  return (
    <section aria-labelledby="matches-title">
      <h2 id="matches-title" safe>
        {t('web.listing.matches.title')}
      </h2>
      {matches.items.length === 0 ? (
        <p safe>{t('web.listing.matches.none')}</p>
      ) : (
        <ul class="cards">
          {matches.items.map((m) => (
            <li class="card">
              <p class="meta">
                <span class="badge" safe>
                  {label(lang, 'listingKind', m.listing.kind)}
                </span>{' '}
                <span safe>{t('web.listing.matches.score', { score: percent(lang, m.score) })}</span>
              </p>
              <h3 lang={m.listing.language !== lang ? m.listing.language : undefined}>
                <a href={page.href(`/listings/${m.listing.id}`)} safe>
                  {m.listing.title}
                </a>
              </h3>
              <p class="meta" safe>
                {t('web.catalogue.card.by', { institution: m.listing.institution.name, country: tax.name('countries', m.listing.country) })}
              </p>
              <Reasons page={page} reasons={m.reasons} />
              {/* The API names the match only to staff and the two countries: they can follow it up. */}
              {m.id && m.stage ? (
                <p>
                  <a href={page.href(`/matches/${m.id}`)} safe>
                    {t('web.listing.matches.follow', { stage: label(lang, 'matchStage', m.stage) })}
                  </a>
                </p>
              ) : (
                ''
              )}
            </li>
          ))}
        </ul>
      )}
      {matches.experts.length > 0 ? (
        <>
          <h2 safe>{t('web.listing.experts.title')}</h2>
          <CandidateExperts page={page} tax={tax} candidates={matches.experts.slice(0, EXPERTS_SHOWN)} />
          {matches.experts.length > EXPERTS_SHOWN ? (
            <p>
              <a href={page.href(`/listings/${listing.id}/experts`)} safe>
                {t('web.listing.experts.more')}
              </a>
            </p>
          ) : (
            ''
          )}
        </>
      ) : (
        ''
      )}
    </section>
  );
}

/** For the listing's writers and reviewers: edit it, review what waits. The API has the last word on each. */
function OwnerActions({ page, listing }: { page: Page; listing: Listing }) {
  const { t, actor } = page;
  const pending = listing.status === 'pending_review' || listing.pendingRevision?.status === 'pending';
  const links = [
    canWriteListing(actor, listing.country) && listing.status !== 'closed'
      ? { href: page.href(`/listings/${listing.id}/edit`), text: t('web.editor.action.edit') }
      : undefined,
    pending && canReviewListing(actor, listing.country) ? { href: page.href(`/review/${listing.id}`), text: t('web.review.open') } : undefined,
    listing.status === 'published' && canProposeMatch(actor)
      ? { href: page.href(`/matches/propose?${listing.kind}=${listing.id}`), text: t('web.matches.propose.forListing') }
      : undefined,
  ].filter((l) => l !== undefined);
  if (links.length === 0 && !pending) return '';
  return (
    <div class="row-actions">
      {listing.pendingRevision?.status === 'pending' ? (
        <span class="badge" safe>
          {t('web.editor.mine.pendingChange')}
        </span>
      ) : (
        ''
      )}
      {links.map((l) => (
        <a href={l.href} safe>
          {l.text}
        </a>
      ))}
    </div>
  );
}

export async function listingPages(app: FastifyInstance) {
  app.get<{ Params: { id: string }; Querystring: { translate?: string } }>('/listings/:id', async (req, reply) => {
    const page = await pageOf(req, reply);
    const { t, lang } = page;
    const id = pathId(req.params.id);
    const listing = dataOf(await page.api.GET('/v1/listings/{id}', { params: { path: { id } } }));
    const other = listing.language !== lang ? listing.language : undefined;
    const wantsTranslation = req.query.translate === '1' && other !== undefined;

    const translation = async (): Promise<Translation | 'unavailable'> => {
      const res = await page.api.GET('/v1/listings/{id}/translation', { params: { path: { id }, query: { lang } } });
      return res.data ?? 'unavailable';
    };
    // htmx asks for the translation alone, to put it in place.
    if (wantsTranslation && fromHtmx(req)) return sendHtml(reply, <TranslationBlock page={page} listing={listing} translation={await translation()} />);

    const [tax, translated, matches] = await Promise.all([
      taxonomiesFor(app, lang),
      wantsTranslation ? translation() : Promise.resolve(undefined),
      listing.status === 'published'
        ? page.api
            .GET('/v1/listings/{id}/matches', { params: { path: { id }, query: { lang, limit: 10, expertsLimit: EXPERTS_SHOWN + 1 } } })
            .then((r) => r.data)
        : Promise.resolve(undefined),
    ]);
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
        <OwnerActions page={page} listing={listing} />
        <section aria-labelledby="description-title">
          <h2 id="description-title" safe>
            {t('web.listing.description')}
          </h2>
          <div class="prose" lang={other} safe>
            {listing.description}
          </div>
          {other ? <TranslationSlot page={page} listing={listing} translation={translated} /> : ''}
        </section>
        <section aria-labelledby="details-title">
          <h2 id="details-title" safe>
            {t('web.listing.details')}
          </h2>
          <ListingFields page={page} tax={tax} listing={listing} />
        </section>
        {matches ? <MatchList page={page} tax={tax} listing={listing} matches={matches} /> : ''}
      </Layout>,
    );
  });
}

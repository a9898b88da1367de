/*
 * Every candidate expert of a published demand, a page at a time (the listing page shows
 * the first five): what a focal point reads when recruiting help for a demand.
 */
import type { FastifyInstance } from 'fastify';
import { dataOf } from '../api/client.js';
import { CandidateExperts } from '../components/candidate-experts.js';
import { pageOf, pathId } from '../context.js';
import { Layout } from '../layout.js';
import { sendHtml } from '../render.js';
import { taxonomiesFor } from '../taxonomies.js';

const PER_PAGE = 20;

export async function demandExpertsPages(app: FastifyInstance) {
  app.get<{ Params: { id: string }; Querystring: { cursor?: string } }>('/listings/:id/experts', async (req, reply) => {
    const page = await pageOf(req, reply);
    const { t, lang } = page;
    const id = pathId(req.params.id);
    const cursor = typeof req.query.cursor === 'string' && req.query.cursor.length <= 200 ? req.query.cursor : undefined;
    const [listing, experts, tax] = await Promise.all([
      page.api.GET('/v1/listings/{id}', { params: { path: { id } } }).then(dataOf),
      page.api.GET('/v1/listings/{id}/experts', { params: { path: { id }, query: { lang, limit: PER_PAGE, ...(cursor ? { cursor } : {}) } } }).then(dataOf),
      taxonomiesFor(app, lang),
    ]);
    const title = t('web.listing.experts.all.title', { title: listing.title });
    return sendHtml(
      reply,
      <Layout page={page} title={title} section="catalogue">
        <p>
          <a href={page.href(`/listings/${listing.id}`)} safe>
            {t('web.listing.experts.all.back')}
          </a>
        </p>
        <h1 safe>{title}</h1>
        <p safe>{t('web.listing.experts.all.intro')}</p>
        {experts.items.length === 0 ? <p safe>{t('web.listing.experts.none')}</p> : <CandidateExperts page={page} tax={tax} candidates={experts.items} />}
        <nav aria-label={t('web.listing.experts.all.pages')}>
          {cursor ? (
            <a href={page.href(`/listings/${listing.id}/experts`)} safe>
              {t('web.listing.experts.all.first')}
            </a>
          ) : (
            ''
          )}{' '}
          {experts.nextCursor ? (
            <a href={page.href(`/listings/${listing.id}/experts?cursor=${encodeURIComponent(experts.nextCursor)}`)} rel="next" safe>
              {t('web.roster.next')}
            </a>
          ) : (
            ''
          )}
        </nav>
      </Layout>,
    );
  });
}

/*
 * The front door: what Enlace is for, a search box, how much is published, the newest
 * listings, and how to take part. Everything on it is public.
 */
import type { FastifyInstance } from 'fastify';
import { dataOf } from '../api/client.js';
import { ListingCard } from '../components/listing-card.js';
import { SearchBox } from '../components/search-box.js';
import { pageOf } from '../context.js';
import { Layout } from '../layout.js';
import { sendHtml } from '../render.js';
import { taxonomiesFor } from '../taxonomies.js';

export async function homePage(app: FastifyInstance) {
  app.get('/', async (req, reply) => {
    const page = await pageOf(req, reply);
    const { t, lang } = page;
    const [tax, counts, newest] = await Promise.all([
      taxonomiesFor(app, lang),
      // Counts of what anyone may see: published listings only, whoever is signed in.
      page.api.GET('/v1/search', { params: { query: { status: 'published', hitsPerPage: 1 } } }).then(dataOf),
      page.api.GET('/v1/listings', { params: { query: { status: 'published', limit: 5 } } }).then(dataOf),
    ]);
    const kinds = counts.facets.kind ?? {};
    return sendHtml(
      reply,
      <Layout page={page} title={t('web.catalogue.home.title')} section="home">
        <h1 safe>{t('web.catalogue.home.title')}</h1>
        <p class="lead" safe>
          {t('web.catalogue.home.lead')}
        </p>
        <SearchBox page={page} />
        <p safe>{t('web.catalogue.home.counts', { offers: kinds.offer ?? 0, demands: kinds.demand ?? 0 })}</p>
        <h2 safe>{t('web.catalogue.home.newest')}</h2>
        <ul class="cards">
          {newest.items.map((listing) => (
            <ListingCard page={page} tax={tax} listing={listing} />
          ))}
        </ul>
        <p>
          <a href={page.href('/catalogue')} safe>
            {t('web.catalogue.home.browse')}
          </a>
        </p>
        <h2 safe>{t('web.catalogue.home.howTitle')}</h2>
        <ol>
          <li safe>{t('web.catalogue.home.how1')}</li>
          <li safe>{t('web.catalogue.home.how2')}</li>
          <li safe>{t('web.catalogue.home.how3')}</li>
          <li safe>{t('web.catalogue.home.how4')}</li>
        </ol>
      </Layout>,
    );
  });
}

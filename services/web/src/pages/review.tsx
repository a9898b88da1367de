/*
 * The review queue, for focal points (their country) and the secretariat (any country):
 * new listings waiting to be published, and changes proposed to published ones shown
 * field by field beside what the public sees now. Publishing or sending back is the
 * API's decision; the page only offers what the reader's role allows.
 */
import { canReviewListing, isSecretariat } from '@enlace/domain';
import { label, longDate } from '@enlace/i18n';
import type { FastifyInstance } from 'fastify';
import { dataOf, type Schemas } from '../api/client.js';
import { CsrfField, errorFor, type FieldError, Select, TextArea, textOf } from '../components/form.js';
import { type ListingContent, ListingFields, listingRows } from '../components/listing-fields.js';
import { type Page, pageOf, pathId, requireMe } from '../context.js';
import { ErrorSummary, Layout } from '../layout.js';
import { sendHtml, seeOther } from '../render.js';
import { flash } from '../session.js';
import { type Taxonomies, taxonomiesFor } from '../taxonomies.js';

type Listing = Schemas['Listing'];

/** A change waiting for review, or undefined when the listing itself waits (or nothing does). */
const pendingChange = (l: Listing) => (l.status === 'published' && l.pendingRevision?.status === 'pending' ? l.pendingRevision : undefined);
const waits = (l: Listing) => l.status === 'pending_review' || pendingChange(l) !== undefined;

function QueuePage({ page, tax, country, items }: { page: Page; tax: Taxonomies; country: string | undefined; items: readonly Listing[] }) {
  const { t, lang } = page;
  const title = country && isSecretariat(page.actor) ? t('web.review.titleOf', { country: tax.name('countries', country) }) : t('web.review.title');
  return (
    <Layout page={page} title={title} section="review">
      <h1 safe>{title}</h1>
      <p safe>{t('web.review.intro')}</p>
      {isSecretariat(page.actor) ? (
        <form method="get" action={page.href('/review')} class="inline-filter">
          <Select
            name="country"
            label={t('web.review.countryLabel')}
            value={country ?? ''}
            options={tax.countries.map((c) => ({ value: c.code, label: c.name }))}
            blank={t('web.review.allCountries')}
          />
          <button type="submit" class="secondary" safe>
            {t('web.review.show')}
          </button>
        </form>
      ) : (
        ''
      )}
      <p role="status" safe>
        {items.length === 0 ? t('web.review.none') : t('web.review.count', { count: items.length })}
      </p>
      <ul class="cards">
        {items.map((l) => {
          const change = pendingChange(l);
          const shown = change ? change.content : l;
          return (
            <li class="card">
              <p class="meta">
                <span class="badge" safe>
                  {change ? t('web.review.change') : t('web.review.new')}
                </span>{' '}
                <span safe>{`${label(lang, 'listingKind', l.kind)} · ${tax.name('countries', l.country)}`}</span>
              </p>
              <h2 class="card-title" lang={shown.language === lang ? undefined : shown.language} safe>
                {shown.title}
              </h2>
              <p class="meta" safe>
                {t('web.review.since', { date: longDate(lang, l.updatedAt) })}
              </p>
              <a href={page.href(`/review/${l.id}`)} aria-label={t('web.review.openNamed', { title: shown.title })} safe>
                {t('web.review.open')}
              </a>
            </li>
          );
        })}
      </ul>
    </Layout>
  );
}

/** Field by field: what changes first, marked; what stays folded away. */
function Comparison({ page, tax, current, proposed }: { page: Page; tax: Taxonomies; current: Listing; proposed: ListingContent }) {
  const { t } = page;
  const before = new Map(
    listingRows(page, tax, { ...current, kind: undefined, status: undefined, externalId: undefined }, { withText: true }).map((r) => [r.key, r]),
  );
  const after = new Map(listingRows(page, tax, proposed, { withText: true }).map((r) => [r.key, r]));
  const keys = [...new Set([...before.keys(), ...after.keys()])];
  const value = (r: { safeValue: JSX.Element } | undefined) =>
    r ? (
      (r.safeValue as 'safe')
    ) : (
      <span class="meta" safe>
        {t('web.review.compare.empty')}
      </span>
    );
  const changed = keys.filter((k) => String(before.get(k)?.safeValue ?? '') !== String(after.get(k)?.safeValue ?? ''));
  const same = keys.filter((k) => !changed.includes(k));
  const row = (k: string, marked: boolean) => (
    <tr>
      <th scope="row">
        <span safe>{(after.get(k) ?? before.get(k))!.label}</span>
        {marked ? (
          <>
            {' '}
            <span class="badge" safe>
              {t('web.review.compare.changed')}
            </span>
          </>
        ) : (
          ''
        )}
      </th>
      <td>{value(before.get(k))}</td>
      <td>{value(after.get(k))}</td>
    </tr>
  );
  const head = (
    <thead>
      <tr>
        <th scope="col" safe>
          {t('web.review.compare.field')}
        </th>
        <th scope="col" safe>
          {t('web.review.compare.current')}
        </th>
        <th scope="col" safe>
          {t('web.review.compare.proposed')}
        </th>
      </tr>
    </thead>
  );
  return (
    <>
      <div class="table-wrap">
        <table class="comparison">
          <caption safe>{t('web.review.compare.caption')}</caption>
          {head}
          <tbody>{changed.map((k) => row(k, true))}</tbody>
        </table>
      </div>
      {same.length > 0 ? (
        <details>
          <summary safe>{t('web.review.compare.unchanged', { count: same.length })}</summary>
          <div class="table-wrap">
            <table class="comparison">
              {head}
              <tbody>{same.map((k) => row(k, false))}</tbody>
            </table>
          </div>
        </details>
      ) : (
        ''
      )}
    </>
  );
}

function ItemPage({
  page,
  tax,
  listing,
  errors,
  reason,
}: {
  page: Page;
  tax: Taxonomies;
  listing: Listing;
  errors: readonly FieldError[];
  reason?: string | undefined;
}) {
  const { t, lang } = page;
  const change = pendingChange(listing);
  const shown = change ? change.content : listing;
  const title = t('web.review.itemTitle', { title: shown.title });
  return (
    <Layout page={page} title={title} section="review">
      <ErrorSummary page={page} errors={errors} />
      <p>
        <a href={page.href(`/review?country=${listing.country}`)} safe>
          {t('web.review.back')}
        </a>
      </p>
      <p class="meta">
        <span class="badge" safe>
          {change ? t('web.review.change') : t('web.review.new')}
        </span>
      </p>
      <h1 lang={shown.language === lang ? undefined : shown.language} safe>
        {shown.title}
      </h1>
      <p safe>{change ? t('web.review.changeIntro') : t('web.review.newIntro')}</p>
      {change ? (
        <Comparison page={page} tax={tax} current={listing} proposed={change.content} />
      ) : (
        <ListingFields page={page} tax={tax} listing={listing} withText />
      )}
      <section aria-labelledby="decision-title" class="decision">
        <h2 id="decision-title" safe>
          {t('web.review.decision')}
        </h2>
        <form method="post" action={page.href(`/review/${listing.id}/publish`)} class="actions">
          <CsrfField page={page} />
          <button type="submit" safe>
            {change ? t('web.review.publishChange') : t('web.review.publish')}
          </button>
        </form>
        <form method="post" action={page.href(`/review/${listing.id}/send-back`)} novalidate>
          <CsrfField page={page} />
          <h3 safe>{t('web.review.sendBackTitle')}</h3>
          <TextArea name="reason" label={t('web.review.reason')} hint={t('web.review.reasonHint')} error={errorFor(errors, 'reason')} value={reason} rows={4} />
          <div class="actions">
            <button type="submit" class="secondary" safe>
              {t('web.review.sendBack')}
            </button>
          </div>
        </form>
      </section>
    </Layout>
  );
}

export async function reviewPages(app: FastifyInstance) {
  app.get<{ Querystring: { country?: string } }>('/review', async (req, reply) => {
    const page = await pageOf(req, reply);
    const me = requireMe(page);
    const chosen = textOf(req.query.country)?.toUpperCase();
    const country = isSecretariat(page.actor) ? chosen : (me.country ?? undefined);
    if (!isSecretariat(page.actor) && !(country && canReviewListing(page.actor, country))) return reply.callNotFound();
    const [tax, list] = await Promise.all([
      taxonomiesFor(req.server, page.lang),
      page.api.GET('/v1/listings', { params: { query: { review: 'pending', limit: 200, ...(country ? { country } : {}) } } }),
    ]);
    return sendHtml(reply, <QueuePage page={page} tax={tax} country={country} items={dataOf(list).items} />);
  });

  app.get<{ Params: { id: string } }>('/review/:id', async (req, reply) => {
    const page = await pageOf(req, reply);
    requireMe(page);
    const [tax, listing] = await Promise.all([
      taxonomiesFor(req.server, page.lang),
      page.api.GET('/v1/listings/{id}', { params: { path: { id: pathId(req.params.id) } } }).then(dataOf),
    ]);
    if (!waits(listing)) {
      flash(reply, 'web.review.nothingPending');
      return seeOther(reply, page.href(`/listings/${listing.id}`));
    }
    return sendHtml(reply, <ItemPage page={page} tax={tax} listing={listing} errors={[]} />);
  });

  app.post<{ Params: { id: string } }>('/review/:id/publish', async (req, reply) => {
    const page = await pageOf(req, reply);
    requireMe(page);
    const id = pathId(req.params.id);
    const before = dataOf(await page.api.GET('/v1/listings/{id}', { params: { path: { id } } }));
    dataOf(await page.api.POST('/v1/listings/{id}/publish', { params: { path: { id } }, body: null }));
    flash(reply, pendingChange(before) ? 'web.review.flash.changePublished' : 'web.review.flash.published');
    return seeOther(reply, page.href(`/review?country=${before.country}`));
  });

  app.post<{ Params: { id: string }; Body: Record<string, unknown> }>('/review/:id/send-back', async (req, reply) => {
    const page = await pageOf(req, reply);
    requireMe(page);
    const id = pathId(req.params.id);
    const reason = textOf(req.body.reason);
    const listing = dataOf(await page.api.GET('/v1/listings/{id}', { params: { path: { id } } }));
    if (!reason) {
      const tax = await taxonomiesFor(req.server, page.lang);
      const errors = [{ field: 'reason', message: page.t('web.review.error.reason') }];
      return sendHtml(reply, <ItemPage page={page} tax={tax} listing={listing} errors={errors} />, 400);
    }
    dataOf(await page.api.POST('/v1/listings/{id}/send-back', { params: { path: { id } }, body: { reason } }));
    flash(reply, 'web.review.flash.sentBack');
    return seeOther(reply, page.href(`/review?country=${listing.country}`));
  });
}

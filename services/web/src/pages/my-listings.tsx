/*
 * "My country's listings": an officer's or focal point's listings by status, with the
 * actions the API allows on each (edit, submit for review, confirm as still current,
 * close, delete a draft). The secretariat chooses the country. Actions are small POST
 * forms that come back here with a message, so they work without JavaScript.
 */
import { canPerform, canTransition, canWriteListing, isSecretariat, type ListingStatus } from '@enlace/domain';
import { label, longDate } from '@enlace/i18n';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { dataOf, type Schemas } from '../api/client.js';
import { CsrfField, Select, textOf } from '../components/form.js';
import { type Page, pageOf, pathId, requireMe } from '../context.js';
import { Layout } from '../layout.js';
import { sendHtml, seeOther } from '../render.js';
import { flash } from '../session.js';
import { type Taxonomies, taxonomiesFor } from '../taxonomies.js';
import { localPath } from './account.js';

type Listing = Schemas['Listing'];

const STATUSES: readonly ListingStatus[] = ['draft', 'pending_review', 'published', 'expired', 'closed'];
/** How many listings one page of a status shows, and how far the counts go before they say "+". */
const PAGE = 50;
const SOON_DAYS = 30;

const statusOf = (value: unknown): ListingStatus | undefined => STATUSES.find((s) => s === value);

interface MineQuery {
  readonly status?: string;
  readonly country?: string;
  readonly cursor?: string;
}

function listPath(country: string | undefined, status?: ListingStatus, cursor?: string): string {
  const q = new URLSearchParams();
  if (country) q.set('country', country);
  if (status) q.set('status', status);
  if (cursor) q.set('cursor', cursor);
  const s = q.toString();
  return `/my/listings${s ? `?${s}` : ''}`;
}

function Actions({ page, listing, back }: { page: Page; listing: Listing; back: string }) {
  const { t, actor } = page;
  const may = (action: 'submit' | 'close') => canTransition(action, listing.status) && canPerform(actor, action, listing.country);
  const post = (action: string) => page.href(`/listings/${listing.id}/${action}`);
  return (
    <div class="row-actions">
      <a href={page.href(`/listings/${listing.id}/edit`)} aria-label={t('web.editor.action.editNamed', { title: listing.title })} safe>
        {t('web.editor.action.edit')}
      </a>
      {may('submit') ? (
        <form method="post" action={post('submit')} class="inline-form">
          <CsrfField page={page} />
          <input type="hidden" name="back" value={back} />
          <button type="submit" class="secondary" safe>
            {t('web.editor.action.submit')}
          </button>
        </form>
      ) : (
        ''
      )}
      {listing.status === 'published' ? (
        <form method="post" action={post('confirm')} class="inline-form">
          <CsrfField page={page} />
          <input type="hidden" name="back" value={back} />
          <button type="submit" class="secondary" safe>
            {t('web.editor.action.confirm')}
          </button>
        </form>
      ) : (
        ''
      )}
      {may('close') ? (
        <details class="close-listing">
          <summary safe>{t('web.editor.action.close')}</summary>
          <form method="post" action={post('close')}>
            <CsrfField page={page} />
            <input type="hidden" name="back" value={back} />
            <label for={`close-reason-${listing.id}`} safe>
              {t('web.editor.action.closeReason')}
            </label>
            <textarea id={`close-reason-${listing.id}`} name="reason" rows="2" maxlength="1000"></textarea>
            <button type="submit" class="danger" safe>
              {t('web.editor.action.closeConfirm')}
            </button>
          </form>
        </details>
      ) : (
        ''
      )}
      {listing.status === 'draft' && !listing.publishedAt ? (
        <a href={page.href(`/listings/${listing.id}/delete`)} safe>
          {t('web.editor.action.delete')}
        </a>
      ) : (
        ''
      )}
    </div>
  );
}

function ListingTable({ page, status, items, back }: { page: Page; status: ListingStatus; items: readonly Listing[]; back: string }) {
  const { t, lang } = page;
  const statusName = label(lang, 'listingStatus', status);
  const soon = Date.now() + SOON_DAYS * 86_400_000;
  return (
    <div class="table-wrap">
      <table>
        <caption safe>{t('web.editor.mine.caption', { status: statusName, count: items.length })}</caption>
        <thead>
          <tr>
            <th scope="col" safe>
              {t('web.editor.mine.colTitle')}
            </th>
            <th scope="col" safe>
              {t('web.editor.mine.colValidUntil')}
            </th>
            <th scope="col" safe>
              {t('web.editor.mine.colActions')}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((l) => (
            <tr>
              <td>
                <a href={page.href(`/listings/${l.id}`)} lang={l.language === lang ? undefined : l.language} safe>
                  {l.title}
                </a>
                <div class="meta">
                  <span safe>{label(lang, 'listingKind', l.kind)}</span>
                  {l.pendingRevision?.status === 'pending' ? (
                    <>
                      {' · '}
                      <span class="badge" safe>
                        {t('web.editor.mine.pendingChange')}
                      </span>
                    </>
                  ) : (
                    ''
                  )}
                </div>
              </td>
              <td>
                {l.validUntil ? <span safe>{longDate(lang, l.validUntil)}</span> : <span safe>{t('web.editor.mine.noEnd')}</span>}
                {l.status === 'published' && l.validUntil && Date.parse(l.validUntil) < soon ? (
                  <div>
                    <span class="badge" safe>
                      {t('web.editor.mine.expiresSoon')}
                    </span>
                  </div>
                ) : (
                  ''
                )}
              </td>
              <td>
                <Actions page={page} listing={l} back={back} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface MineProps {
  readonly page: Page;
  readonly tax: Taxonomies;
  readonly country: string | undefined;
  readonly status: ListingStatus | undefined;
  readonly counts: readonly { status: ListingStatus; count: number; more: boolean }[];
  readonly items: readonly Listing[];
  readonly nextCursor: string | undefined;
}

function MinePage({ page, tax, country, status, counts, items, nextCursor }: MineProps) {
  const { t, lang } = page;
  const title = country && isSecretariat(page.actor) ? t('web.editor.mine.titleOf', { country: tax.name('countries', country) }) : t('web.editor.mine.title');
  const back = page.href(listPath(country, status));
  const tab = (s: ListingStatus | undefined, text: string) => (
    <li>
      <a href={page.href(listPath(country, s))} aria-current={s === status ? 'page' : undefined} safe>
        {text}
      </a>
    </li>
  );
  return (
    <Layout page={page} title={title} section="mine">
      <h1 safe>{title}</h1>
      {isSecretariat(page.actor) ? (
        <form method="get" action={page.href('/my/listings')} class="inline-filter">
          <Select
            name="country"
            label={t('web.editor.mine.countryLabel')}
            value={country ?? ''}
            options={tax.countries.map((c) => ({ value: c.code, label: c.name }))}
            blank={t('web.editor.mine.allCountries')}
          />
          <button type="submit" class="secondary" safe>
            {t('web.editor.mine.show')}
          </button>
        </form>
      ) : (
        ''
      )}
      <nav aria-label={t('web.editor.mine.statusNav')}>
        <ul class="tabs">
          {tab(undefined, t('web.editor.mine.all'))}
          {counts.map((c) =>
            tab(c.status, t(c.more ? 'web.editor.mine.countMore' : 'web.editor.mine.count', { label: label(lang, 'listingStatus', c.status), count: c.count })),
          )}
        </ul>
      </nav>
      <p>
        <a class="button" href={page.href('/listings/new')} safe>
          {t('web.editor.mine.postNew')}
        </a>
      </p>
      {items.length === 0 ? <p safe>{t('web.editor.mine.none')}</p> : ''}
      {STATUSES.filter((s) => items.some((l) => l.status === s)).map((s) => (
        <ListingTable page={page} status={s} items={items.filter((l) => l.status === s)} back={back} />
      ))}
      {nextCursor ? (
        <p>
          <a href={page.href(listPath(country, status, nextCursor))} rel="next" safe>
            {t('web.editor.mine.more')}
          </a>
        </p>
      ) : (
        ''
      )}
    </Layout>
  );
}

function DeletePage({ page, listing }: { page: Page; listing: Listing }) {
  const { t } = page;
  return (
    <Layout page={page} title={t('web.editor.delete.title')} section="mine">
      <h1 safe>{t('web.editor.delete.title')}</h1>
      <p safe>{t('web.editor.delete.body', { title: listing.title })}</p>
      <form method="post" action={page.href(`/listings/${listing.id}/delete`)} class="actions">
        <CsrfField page={page} />
        <button type="submit" class="danger" safe>
          {t('web.editor.delete.confirm')}
        </button>
        <a href={page.href('/my/listings?status=draft')} safe>
          {t('web.editor.delete.cancel')}
        </a>
      </form>
    </Layout>
  );
}

export async function myListingsPages(app: FastifyInstance) {
  app.get<{ Querystring: MineQuery }>('/my/listings', async (req, reply) => {
    const page = await pageOf(req, reply);
    const me = requireMe(page);
    const status = statusOf(req.query.status);
    const chosen = textOf(req.query.country)?.toUpperCase();
    // Everyone but the secretariat sees their own country; the API would refuse others' drafts anyway.
    const country = isSecretariat(page.actor) ? chosen : (me.country ?? undefined);
    if (!isSecretariat(page.actor) && !(country && canWriteListing(page.actor, country))) return reply.callNotFound();
    const filter = country ? { country } : {};
    const [tax, counts, list] = await Promise.all([
      taxonomiesFor(req.server, page.lang),
      Promise.all(
        STATUSES.map(async (s) => {
          const { items, nextCursor } = dataOf(await page.api.GET('/v1/listings', { params: { query: { ...filter, status: s, limit: PAGE } } }));
          return { status: s, count: items.length, more: nextCursor !== undefined };
        }),
      ),
      page.api.GET('/v1/listings', {
        params: {
          query: { ...filter, ...(status ? { status } : { status: [...STATUSES] }), limit: PAGE, ...(req.query.cursor ? { cursor: req.query.cursor } : {}) },
        },
      }),
    ]);
    const { items, nextCursor } = dataOf(list);
    return sendHtml(reply, <MinePage page={page} tax={tax} country={country} status={status} counts={counts} items={items} nextCursor={nextCursor} />);
  });

  app.get<{ Params: { id: string } }>('/listings/:id/delete', async (req, reply) => {
    const page = await pageOf(req, reply);
    requireMe(page);
    const listing = dataOf(await page.api.GET('/v1/listings/{id}', { params: { path: { id: pathId(req.params.id) } } }));
    return sendHtml(reply, <DeletePage page={page} listing={listing} />);
  });

  app.post<{ Params: { id: string } }>('/listings/:id/delete', async (req, reply) => {
    const page = await pageOf(req, reply);
    requireMe(page);
    const result = await page.api.DELETE('/v1/listings/{id}', { params: { path: { id: pathId(req.params.id) } } });
    if (!result.response.ok) dataOf(result);
    flash(reply, 'web.editor.flash.deleted');
    return seeOther(reply, page.href('/my/listings?status=draft'));
  });

  const back = (page: Page, body: Record<string, unknown>) => localPath(body.back) ?? page.href('/my/listings');
  const act = async (
    req: { params: { id: string }; body: Record<string, unknown> },
    reply: FastifyReply,
    page: Page,
    action: 'submit' | 'close' | 'confirm',
  ) => {
    const id = pathId(req.params.id);
    const params = { path: { id } };
    const reason = textOf(req.body.reason);
    if (action === 'submit') dataOf(await page.api.POST('/v1/listings/{id}/submit', { params, body: null }));
    else if (action === 'close') dataOf(await page.api.POST('/v1/listings/{id}/close', { params, body: reason ? { reason } : null }));
    else dataOf(await page.api.POST('/v1/listings/{id}/confirm', { params, body: {} }));
    flash(reply, action === 'submit' ? 'web.editor.flash.submitted' : action === 'close' ? 'web.editor.flash.closed' : 'web.editor.flash.confirmed');
    return seeOther(reply, back(page, req.body));
  };
  for (const action of ['submit', 'close', 'confirm'] as const) {
    app.post<{ Params: { id: string }; Body: Record<string, unknown> }>(`/listings/:id/${action}`, async (req, reply) => {
      const page = await pageOf(req, reply);
      requireMe(page);
      return act(req, reply, page, action);
    });
  }
}

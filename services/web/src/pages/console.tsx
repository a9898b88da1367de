/*
 * The secretariat's console (staff and admins): an overview with what needs looking at,
 * the people with an account (who never signed in; create an officer's or a focal
 * point's account; deactivate and reactivate), everyone's imports with their reports,
 * the deliveries that gave up (send them again), and the audit trail of a listing or a
 * match. The API decides every rule; these pages show only what it would allow.
 */
import { canListUsers, type Role } from '@enlace/domain';
import type { Language } from '@enlace/i18n';
import type { FastifyInstance } from 'fastify';
import { ApiError, dataOf, type Problem } from '../api/client.js';
import { AuditPage, auditTarget, listingSteps, matchSteps, StepsTable } from '../components/console-audit.js';
import { DeliveriesTable, IMPORT_FILTERS, type ImportFilter, ImportsTable, WaitingTable } from '../components/console-lists.js';
import { NewAccountPage, type NewAccountValues, newAccountErrors, PEOPLE_FILTERS, type PeopleFilter, PeopleTable } from '../components/console-people.js';
import { ConsoleOverview, ConsolePage, FilterTabs } from '../components/console-shell.js';
import { textOf } from '../components/form.js';
import { type Page, pageOf, pathId, requireMe } from '../context.js';
import { sendHtml, seeOther } from '../render.js';
import { flash } from '../session.js';
import { taxonomiesFor } from '../taxonomies.js';

/** How many items the overview counts before it says "at least". */
const COUNT_UP_TO = 100;
const PAGE = 50;

/** Only the secretariat sees the console; a visitor is sent to sign in first. */
function secretariat(page: Page) {
  const me = requireMe(page);
  if (!canListUsers(page.actor)) throw new ApiError(403, undefined);
  return me;
}

const oneOf = <T extends string>(list: readonly T[], value: unknown, fallback: T): T => list.find((v) => v === value) ?? fallback;
const cursorOf = (value: unknown) => {
  const c = textOf(value);
  return c && c.length <= 600 ? c : undefined;
};
const withQuery = (path: string, query: Record<string, string | undefined>) => {
  const q = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
};

export async function consolePages(app: FastifyInstance) {
  app.get('/console', async (req, reply) => {
    const page = await pageOf(req, reply);
    secretariat(page);
    const limit = COUNT_UP_TO;
    const [never, running, dead] = await Promise.all([
      page.api.GET('/v1/users', { params: { query: { signedIn: 'never', state: 'active', limit } } }).then(dataOf),
      page.api.GET('/v1/imports', { params: { query: { status: 'queued,running', limit } } }).then(dataOf),
      page.api.GET('/v1/deliveries/dead', { params: { query: { limit } } }).then(dataOf),
    ]);
    return sendHtml(reply, <ConsoleOverview page={page} never={never} running={running} dead={dead} />);
  });

  // ------------------------------------------------------------------ people

  app.get<{ Querystring: { filter?: string; cursor?: string } }>('/console/people', async (req, reply) => {
    const page = await pageOf(req, reply);
    secretariat(page);
    const { t } = page;
    const filter = oneOf(PEOPLE_FILTERS, req.query.filter, 'all');
    const cursor = cursorOf(req.query.cursor);
    const query = {
      limit: PAGE,
      // Who never signed in, among those who still may: the people to follow up.
      ...(filter === 'never' ? { signedIn: 'never' as const, state: 'active' as const } : filter === 'deactivated' ? { state: 'deactivated' as const } : {}),
      ...(cursor ? { cursor } : {}),
    };
    const { items, nextCursor } = dataOf(await page.api.GET('/v1/users', { params: { query } }));
    const link = (f: PeopleFilter, c?: string) => page.href(withQuery('/console/people', { filter: f === 'all' ? undefined : f, cursor: c }));
    return sendHtml(
      reply,
      <ConsolePage page={page} current="people" title={t('web.console.people.title')} intro={t('web.console.people.intro')}>
        <p>
          <a href={page.href('/console/people/new')} class="button" safe>
            {t('web.console.people.create')}
          </a>
        </p>
        <FilterTabs
          label={t('web.console.people.filterLabel')}
          tabs={PEOPLE_FILTERS.map((f) => ({ href: link(f), text: t(`web.console.people.filter.${f}`), current: f === filter }))}
        />
        <PeopleTable page={page} people={items} filter={filter} />
        {nextCursor ? (
          <p>
            <a href={link(filter, nextCursor)} rel="next" safe>
              {t('web.console.people.more')}
            </a>
          </p>
        ) : (
          ''
        )}
      </ConsolePage>,
    );
  });

  app.get('/console/people/new', async (req, reply) => {
    const page = await pageOf(req, reply);
    secretariat(page);
    const tax = await taxonomiesFor(app, page.lang);
    return sendHtml(reply, <NewAccountPage page={page} tax={tax} values={{}} errors={[]} />);
  });

  app.post<{ Body: Record<string, unknown> }>('/console/people', async (req, reply) => {
    const page = await pageOf(req, reply);
    secretariat(page);
    const values: NewAccountValues = {
      name: textOf(req.body.name),
      email: textOf(req.body.email),
      role: textOf(req.body.role),
      country: textOf(req.body.country),
      institution: textOf(req.body['institution.name']),
      language: textOf(req.body.language),
    };
    const password = typeof req.body.password === 'string' ? req.body.password : '';
    // Without a password the API would make an account nobody can sign in to: an empty
    // one is sent instead, which it refuses with every other field's problem at once.
    const res = await page.api.POST('/v1/users', {
      body: {
        email: values.email ?? '',
        name: values.name ?? '',
        role: (values.role ?? '') as Role,
        ...(values.country ? { country: values.country } : {}),
        ...(values.institution ? { institution: { name: values.institution } } : {}),
        language: (values.language ?? page.lang) as Language,
        password,
      },
    });
    if (res.data) {
      flash(reply, 'web.console.people.flash.created');
      return seeOther(reply, page.href('/console/people?filter=never'));
    }
    if (res.response.status === 400 || res.response.status === 409) {
      const shown = newAccountErrors(page, res.response.status, res.error as Problem, { password, role: values.role });
      const tax = await taxonomiesFor(app, page.lang);
      return sendHtml(reply, <NewAccountPage page={page} tax={tax} values={values} errors={shown} />, res.response.status);
    }
    return dataOf(res);
  });

  for (const action of ['deactivate', 'reactivate'] as const) {
    app.post<{ Params: { id: string }; Body: Record<string, unknown> }>(`/console/people/:id/${action}`, async (req, reply) => {
      const page = await pageOf(req, reply);
      secretariat(page);
      const filter = oneOf(PEOPLE_FILTERS, req.body.filter, 'all');
      const res = await page.api.POST(`/v1/users/{id}/${action}`, { params: { path: { id: pathId(req.params.id) } } });
      if (res.response.status === 409) flash(reply, 'web.console.people.flash.unchanged');
      else {
        dataOf(res);
        flash(reply, action === 'deactivate' ? 'web.console.people.flash.deactivated' : 'web.console.people.flash.reactivated');
      }
      return seeOther(reply, page.href(withQuery('/console/people', { filter: filter === 'all' ? undefined : filter })));
    });
  }

  // ------------------------------------------------------------------ imports

  app.get<{ Querystring: { filter?: string; cursor?: string } }>('/console/imports', async (req, reply) => {
    const page = await pageOf(req, reply);
    secretariat(page);
    const { t } = page;
    const filter = oneOf(IMPORT_FILTERS, req.query.filter, 'all');
    const cursor = cursorOf(req.query.cursor);
    const status = filter === 'running' ? 'queued,running' : filter === 'failed' ? 'failed' : undefined;
    const { items, nextCursor } = dataOf(
      await page.api.GET('/v1/imports', { params: { query: { limit: PAGE, ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) } } }),
    );
    const link = (f: ImportFilter, c?: string) => page.href(withQuery('/console/imports', { filter: f === 'all' ? undefined : f, cursor: c }));
    return sendHtml(
      reply,
      <ConsolePage page={page} current="imports" title={t('web.console.imports.title')} intro={t('web.console.imports.intro')}>
        <FilterTabs
          label={t('web.console.imports.filterLabel')}
          tabs={IMPORT_FILTERS.map((f) => ({ href: link(f), text: t(`web.console.imports.filter.${f}`), current: f === filter }))}
        />
        <ImportsTable page={page} items={items} />
        {nextCursor ? (
          <p>
            <a href={link(filter, nextCursor)} rel="next" safe>
              {t('web.console.imports.more')}
            </a>
          </p>
        ) : (
          ''
        )}
      </ConsolePage>,
    );
  });

  // ------------------------------------------------------------------ dead deliveries

  app.get<{ Querystring: { cursor?: string } }>('/console/deliveries', async (req, reply) => {
    const page = await pageOf(req, reply);
    secretariat(page);
    const { t } = page;
    const cursor = textOf(req.query.cursor);
    const [{ items, nextCursor }, waiting, tax] = await Promise.all([
      page.api.GET('/v1/deliveries/dead', { params: { query: { limit: PAGE, ...(cursor && /^\d{1,16}$/.test(cursor) ? { cursor } : {}) } } }).then(dataOf),
      // The first page only: what waits is a glance, not a list to page through.
      cursor ? Promise.resolve({ items: [] }) : page.api.GET('/v1/deliveries/waiting', { params: { query: { limit: 50 } } }).then(dataOf),
      taxonomiesFor(app, page.lang),
    ]);
    return sendHtml(
      reply,
      <ConsolePage page={page} current="deliveries" title={t('web.console.deliveries.title')} intro={t('web.console.deliveries.intro')}>
        {cursor ? '' : <WaitingTable page={page} tax={tax} items={waiting.items} />}
        <DeliveriesTable page={page} items={items} />
        {nextCursor ? (
          <p>
            <a href={page.href(withQuery('/console/deliveries', { cursor: nextCursor }))} rel="next" safe>
              {t('web.console.deliveries.more')}
            </a>
          </p>
        ) : (
          ''
        )}
      </ConsolePage>,
    );
  });

  app.post<{ Params: { id: string } }>('/console/deliveries/:id/replay', async (req, reply) => {
    const page = await pageOf(req, reply);
    secretariat(page);
    const id = /^\d{1,15}$/.test(req.params.id) ? Number(req.params.id) : 0;
    const res = id > 0 ? await page.api.POST('/v1/deliveries/{id}/replay', { params: { path: { id } } }) : undefined;
    // Sent again meanwhile by someone else, or no such delivery: say so on the list.
    if (!res || res.response.status === 404 || res.response.status === 409) flash(reply, 'web.console.deliveries.flash.gone');
    else {
      dataOf(res);
      flash(reply, 'web.console.deliveries.flash.replayed');
    }
    return seeOther(reply, page.href('/console/deliveries'));
  });

  // ------------------------------------------------------------------ audit trail

  app.get<{ Querystring: { kind?: string; id?: string } }>('/console/audit', async (req, reply) => {
    const page = await pageOf(req, reply);
    secretariat(page);
    const { t } = page;
    const asked = req.query.id !== undefined;
    const { kind, id, text } = auditTarget(req.query.kind, req.query.id);
    if (!asked) return sendHtml(reply, <AuditPage page={page} kind={kind} text="" errors={[]} />);
    const refuse = (message: string, status: number) =>
      sendHtml(reply, <AuditPage page={page} kind={kind} text={text} errors={[{ field: 'id', message }]} />, status);
    if (!id) return refuse(t('web.console.audit.error.id'), 400);

    if (kind === 'match') {
      const res = await page.api.GET('/v1/matches/{id}', { params: { path: { id }, query: { lang: page.lang } } });
      if (res.response.status === 404) return refuse(t('web.console.audit.error.matchNotFound'), 404);
      const match = dataOf(res);
      return sendHtml(
        reply,
        <AuditPage page={page} kind={kind} text={text} errors={[]}>
          <section aria-labelledby="audit-subject">
            <h2 id="audit-subject">
              <a href={page.href(`/matches/${match.id}`)} safe>
                {t('web.console.audit.openMatch')}
              </a>
            </h2>
            <StepsTable
              page={page}
              caption={t('web.console.audit.matchCaption', { offer: match.offer.title, demand: match.demand.title })}
              steps={matchSteps(page, match)}
            />
          </section>
        </AuditPage>,
      );
    }

    const [listingRes, historyRes] = await Promise.all([
      page.api.GET('/v1/listings/{id}', { params: { path: { id } } }),
      page.api.GET('/v1/listings/{id}/history', { params: { path: { id } } }),
    ]);
    if (listingRes.response.status === 404 || historyRes.response.status === 404) return refuse(t('web.console.audit.error.listingNotFound'), 404);
    const listing = dataOf(listingRes);
    const { items } = dataOf(historyRes);
    // The history names people by id: their names, asked for in one go.
    const ids = [...new Set(items.flatMap((h) => (h.actorUserId ? [h.actorUserId] : [])))].slice(0, 100);
    const people = ids.length > 0 ? dataOf(await page.api.GET('/v1/users', { params: { query: { id: ids.join(','), limit: 100 } } })).items : [];
    const names = new Map(people.map((p) => [p.id, p.name]));
    return sendHtml(
      reply,
      <AuditPage page={page} kind={kind} text={text} errors={[]}>
        <section aria-labelledby="audit-subject">
          <h2 id="audit-subject">
            <a href={page.href(`/listings/${listing.id}`)} lang={listing.language} safe>
              {listing.title}
            </a>
          </h2>
          <StepsTable page={page} caption={t('web.console.audit.listingCaption', { title: listing.title })} steps={listingSteps(page, items, names)} />
        </section>
      </AuditPage>,
    );
  });
}

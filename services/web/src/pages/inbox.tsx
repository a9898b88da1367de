/*
 * The person's in-app notifications, newest first, in the page's language: each opens
 * its page (and is marked read on the way), or is marked read where it stands; all can
 * be marked read at once. The header of every page shows how many are unread. New
 * matches that came in a row (a burst, an import) are one entry, unfolded on request.
 */
import { longDate } from '@enlace/i18n';
import type { FastifyInstance } from 'fastify';
import { dataOf, type Schemas } from '../api/client.js';
import { CsrfField, textOf } from '../components/form.js';
import { isUuid, type Page, pageOf, requireMe } from '../context.js';
import { Layout } from '../layout.js';
import { sendHtml, seeOther } from '../render.js';
import { flash } from '../session.js';
import { localPath } from './account.js';

type Notification = Schemas['Notification'];

/**
 * Where a notification leads, as a path of this site: its link is written by the API
 * for the web's address, and anything else (another host, another scheme) is not followed.
 */
function pathOf(link: string, webOrigin: string | undefined): string | undefined {
  try {
    const url = new URL(link, 'http://enlace.invalid');
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (url.origin !== 'http://enlace.invalid' && webOrigin && url.origin !== webOrigin) return undefined;
    return localPath(`${url.pathname}${url.search}${url.hash}`);
  } catch {
    return undefined;
  }
}

/** Consecutive new matches from this many on are shown as one entry (a burst, an import). */
const GROUP_FROM = 3;

/** The list cut into runs: consecutive new matches together, every other item alone. */
function runsOf(items: readonly Notification[]): Notification[][] {
  const runs: Notification[][] = [];
  for (const n of items) {
    const last = runs.at(-1);
    if (last && n.kind === 'match_new' && last[0]!.kind === 'match_new') last.push(n);
    else runs.push([n]);
  }
  return runs;
}

/** A burst of new matches in the inbox: one entry, each match one click away (a plain <details>, no script). */
function NewMatches({ page, run, webOrigin }: { page: Page; run: readonly Notification[]; webOrigin: string | undefined }) {
  const { t, lang } = page;
  const unread = run.filter((n) => n.readAt === null).length;
  return (
    <li class={unread > 0 ? 'card unread' : 'card'}>
      <p class="meta">
        <time datetime={run[0]!.createdAt} safe>
          {longDate(lang, run[0]!.createdAt)}
        </time>
        {' · '}
        <span safe>{t('web.inbox.group.unread', { count: unread })}</span>
      </p>
      <h2 class="card-title" safe>
        {t('web.inbox.group.title', { count: run.length })}
      </h2>
      <details>
        <summary safe>{t('web.inbox.group.show')}</summary>
        <ul class="cards">
          {run.map((n) => (
            <Item page={page} n={n} target={pathOf(n.link, webOrigin)} />
          ))}
        </ul>
      </details>
    </li>
  );
}

/** A run of the list: one item as itself, a burst of new matches as one entry. */
function InboxRun({ page, run, webOrigin }: { page: Page; run: readonly Notification[]; webOrigin: string | undefined }) {
  if (run.length >= GROUP_FROM) return <NewMatches page={page} run={run} webOrigin={webOrigin} />;
  return (
    <>
      {run.map((n) => (
        <Item page={page} n={n} target={pathOf(n.link, webOrigin)} />
      ))}
    </>
  );
}

function Item({ page, n, target }: { page: Page; n: Notification; target: string | undefined }) {
  const { t, lang } = page;
  const unread = n.readAt === null;
  return (
    <li class={unread ? 'card unread' : 'card'}>
      <p class="meta">
        {unread ? (
          <>
            <span class="badge" safe>
              {t('web.inbox.new')}
            </span>{' '}
          </>
        ) : (
          ''
        )}
        <time datetime={n.createdAt} safe>
          {longDate(lang, n.createdAt)}
        </time>
      </p>
      <h2 class="card-title" safe>
        {n.title}
      </h2>
      <p safe>{n.summary}</p>
      <div class="row-actions">
        {target ? (
          <a href={page.href(`/inbox/${n.id}/open?to=${encodeURIComponent(target)}`)} aria-label={t('web.inbox.openNamed', { title: n.title })} safe>
            {t('web.inbox.open')}
          </a>
        ) : (
          ''
        )}
        {unread ? (
          <form method="post" action={page.href('/inbox/read')} class="inline-form">
            <CsrfField page={page} />
            <input type="hidden" name="id" value={n.id} />
            <button type="submit" class="secondary" aria-label={t('web.inbox.markReadNamed', { title: n.title })} safe>
              {t('web.inbox.markRead')}
            </button>
          </form>
        ) : (
          ''
        )}
      </div>
    </li>
  );
}

export async function inboxPages(app: FastifyInstance) {
  const webOrigin = app.webEnv.WEB_URL ? new URL(app.webEnv.WEB_URL).origin : undefined;

  app.get<{ Querystring: { unread?: string; cursor?: string } }>('/inbox', async (req, reply) => {
    const page = await pageOf(req, reply);
    requireMe(page);
    const { t } = page;
    const onlyUnread = req.query.unread === '1';
    const cursor = textOf(req.query.cursor);
    const { items, unread, nextCursor } = dataOf(
      await page.api.GET('/v1/inbox', {
        params: { query: { unread: onlyUnread ? 'true' : 'false', limit: 30, lang: page.lang, ...(cursor ? { cursor } : {}) } },
      }),
    );
    const tab = (href: string, text: string, current: boolean) => (
      <li>
        <a href={href} aria-current={current ? 'page' : undefined} safe>
          {text}
        </a>
      </li>
    );
    return sendHtml(
      reply,
      <Layout page={page} title={t('web.inbox.title')} section="inbox">
        <h1 safe>{t('web.inbox.title')}</h1>
        <p>
          <a href={page.href('/inbox/settings')} safe>
            {t('web.inbox.settings.link')}
          </a>
        </p>
        <nav aria-label={t('web.inbox.filterLabel')}>
          <ul class="tabs">
            {tab(page.href('/inbox'), t('web.inbox.all'), !onlyUnread)}
            {tab(page.href('/inbox?unread=1'), t('web.inbox.unreadOnly', { count: unread }), onlyUnread)}
          </ul>
        </nav>
        {unread > 0 ? (
          <form method="post" action={page.href('/inbox/read')} class="actions">
            <CsrfField page={page} />
            <input type="hidden" name="all" value="1" />
            <button type="submit" class="secondary" safe>
              {t('web.inbox.markAllRead')}
            </button>
          </form>
        ) : (
          ''
        )}
        {items.length === 0 ? <p safe>{onlyUnread ? t('web.inbox.noneUnread') : t('web.inbox.none')}</p> : ''}
        <ul class="cards">
          {runsOf(items).map((run) => (
            <InboxRun page={page} run={run} webOrigin={webOrigin} />
          ))}
        </ul>
        {nextCursor ? (
          <p>
            <a href={page.href(`/inbox?${new URLSearchParams({ ...(onlyUnread ? { unread: '1' } : {}), cursor: nextCursor })}`)} rel="next" safe>
              {t('web.inbox.more')}
            </a>
          </p>
        ) : (
          ''
        )}
      </Layout>,
    );
  });

  // Opening a notification marks it read, then goes to its page (a path of this site only).
  app.get<{ Params: { id: string }; Querystring: { to?: string } }>('/inbox/:id/open', async (req, reply) => {
    const page = await pageOf(req, reply);
    requireMe(page);
    if (isUuid(req.params.id)) await page.api.POST('/v1/inbox/read', { body: { ids: [req.params.id] } });
    return seeOther(reply, localPath(req.query.to) ?? page.href('/inbox'));
  });

  app.post<{ Body: Record<string, unknown> }>('/inbox/read', async (req, reply) => {
    const page = await pageOf(req, reply);
    requireMe(page);
    const id = textOf(req.body.id);
    if (req.body.all === '1') {
      dataOf(await page.api.POST('/v1/inbox/read', { body: null }));
      flash(reply, 'web.inbox.flash.allMarked');
    } else if (isUuid(id)) {
      dataOf(await page.api.POST('/v1/inbox/read', { body: { ids: [id] } }));
      flash(reply, 'web.inbox.flash.marked');
    }
    return seeOther(reply, page.href('/inbox'));
  });
}

/*
 * What every page of the secretariat's console shares: the page's frame with the
 * console's own navigation (overview, people, imports, dead deliveries, audit trail),
 * dates with their time, and the tabs that filter a list.
 */
import { canWatchQueues } from '@enlace/domain';
import type { MessageKey } from '@enlace/i18n';
import type { Children } from '@kitajs/html';
import type { Page } from '../context.js';
import { ErrorSummary, Layout } from '../layout.js';
import type { FieldError } from './form.js';

export type ConsoleSection = 'overview' | 'people' | 'imports' | 'deliveries' | 'audit';

export const CONSOLE_SECTIONS: readonly { id: ConsoleSection; path: string; label: MessageKey }[] = [
  { id: 'overview', path: '/console', label: 'web.console.nav.overview' },
  { id: 'people', path: '/console/people', label: 'web.console.nav.people' },
  { id: 'imports', path: '/console/imports', label: 'web.console.nav.imports' },
  { id: 'deliveries', path: '/console/deliveries', label: 'web.console.nav.deliveries' },
  { id: 'audit', path: '/console/audit', label: 'web.console.nav.audit' },
];

/** A console page: the site's frame, the console's sections (the current one marked), the error summary, the title. */
export function ConsolePage(props: {
  page: Page;
  current: ConsoleSection;
  title: string;
  errors?: readonly FieldError[];
  intro?: string;
  children?: Children;
}) {
  const { page, current, title, errors = [], intro, children } = props;
  const { t } = page;
  return (
    <Layout page={page} title={title} section="console">
      <ErrorSummary page={page} errors={errors} />
      <nav aria-label={t('web.console.nav.label')}>
        <ul class="tabs">
          {CONSOLE_SECTIONS.map((s) => (
            <li>
              <a href={page.href(s.path)} aria-current={s.id === current ? 'page' : undefined} safe>
                {t(s.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <h1 safe>{title}</h1>
      {intro ? <p safe>{intro}</p> : ''}
      {children}
    </Layout>
  );
}

/** Tabs that filter a list: each a link, the chosen one marked as the current page. */
export function FilterTabs({ label, tabs }: { label: string; tabs: readonly { href: string; text: string; current: boolean }[] }) {
  return (
    <nav aria-label={label}>
      <ul class="tabs">
        {tabs.map((tab) => (
          <li>
            <a href={tab.href} aria-current={tab.current ? 'page' : undefined} safe>
              {tab.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** An instant as a date and time in UTC, in the reader's language ("21 November 2026, 09:30 UTC"). */
export function dateTime(lang: string, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC', hourCycle: 'h23' });
    formats.set(lang, format);
  }
  return `${format.format(date)} UTC`;
}

/** A `<time>` element for an instant, with its date and time in the reader's language. */
export function When({ page, at }: { page: Page; at: string }) {
  return (
    <time datetime={at} safe>
      {dateTime(page.lang, at)}
    </time>
  );
}

/** A list the overview counts: up to its page, and "at least" when there is more. */
interface Counted {
  readonly items: readonly unknown[];
  readonly nextCursor?: string | undefined;
}

/** The overview: a card for each section, with what needs looking at there. */
export function ConsoleOverview({ page, never, running, dead }: { page: Page; never: Counted; running: Counted; dead: Counted }) {
  const { t } = page;
  const count = (list: Counted, exact: MessageKey, more: MessageKey) => t(list.nextCursor ? more : exact, { count: list.items.length });
  const cards: { id: ConsoleSection; href: string; text: string }[] = [
    { id: 'people', href: '/console/people?filter=never', text: count(never, 'web.console.overview.neverSignedIn', 'web.console.overview.neverSignedInMore') },
    { id: 'imports', href: '/console/imports?filter=running', text: count(running, 'web.console.overview.imports', 'web.console.overview.importsMore') },
    { id: 'deliveries', href: '/console/deliveries', text: count(dead, 'web.console.overview.deliveries', 'web.console.overview.deliveriesMore') },
    { id: 'audit', href: '/console/audit', text: t('web.console.overview.audit') },
  ];
  return (
    <ConsolePage page={page} current="overview" title={t('web.console.title')} intro={t('web.console.overview.intro')}>
      <ul class="cards">
        {cards.map((c) => (
          <li class="card" id={`console-${c.id}`}>
            <h2 class="card-title">
              <a href={page.href(c.href)} safe>
                {t(CONSOLE_SECTIONS.find((s) => s.id === c.id)!.label)}
              </a>
            </h2>
            <p safe>{c.text}</p>
          </li>
        ))}
      </ul>
      {canWatchQueues(page.actor) ? (
        <p>
          {/* Served by the API through this app, outside the language prefixes: bull-board speaks English. */}
          <a href="/admin/queues" hreflang="en" safe>
            {t('web.console.overview.queues')}
          </a>
        </p>
      ) : (
        ''
      )}
    </ConsolePage>
  );
}

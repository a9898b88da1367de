/*
 * The shell of every page: skip link, header with the site's name, the main navigation
 * for the reader's role, the language switcher (the same page in another language), the
 * flash message, and the footer. Plain HTML first: htmx only enhances links and forms
 * that work without it.
 */
import { canImport, canListUsers, canManageCampaigns, canReviewListing, canWriteListing, isCountryWriter, isPerson, isSecretariat } from '@enlace/domain';
import { LANGUAGES, type Language } from '@enlace/i18n';
import type { Children } from '@kitajs/html';
import { ASSETS } from './assets.js';
import type { Page } from './context.js';

/** Each language's name in itself, as the switcher shows it. */
export const AUTONYMS: Readonly<Record<Language, string>> = { es: 'Español', en: 'English', pt: 'Português', fr: 'Français' };

export interface LayoutProps {
  readonly page: Page;
  /** The page's own title, without the site's name. */
  readonly title: string;
  readonly children?: Children;
  /** The page's Atom feed, announced to feed readers. */
  readonly feed?: string;
  /** Which navigation entry is current. */
  readonly section?:
    | 'home'
    | 'desk'
    | 'catalogue'
    | 'matches'
    | 'experts'
    | 'stats'
    | 'stories'
    | 'mine'
    | 'new'
    | 'review'
    | 'imports'
    | 'campaigns'
    | 'console'
    | 'inbox'
    | 'account'
    | 'sign-in';
}

export function Layout({ page, title, children, section, feed }: LayoutProps) {
  const { t } = page;
  return (
    <>
      {'<!doctype html>'}
      <html lang={page.lang} dir="ltr">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title safe>{t('web.layout.title', { page: title })}</title>
          <link rel="stylesheet" href={ASSETS.css.url} />
          {/* htmx would add a <style> for its indicators, which the CSP refuses: the stylesheet has them. */}
          <meta name="htmx-config" content='{"includeIndicatorStyles":false}' />
          <script src={ASSETS.htmx.url} defer></script>
          {feed ? <link rel="alternate" type="application/atom+xml" href={feed} title={title} /> : ''}
          {LANGUAGES.filter((l) => l !== page.lang).map((l) => (
            <link rel="alternate" hreflang={l} href={`/${l}${page.path}`} />
          ))}
        </head>
        <body hx-boost="false">
          <a class="skip-link" href="#main" safe>
            {t('web.layout.skipToContent')}
          </a>
          <header class="site-header">
            <div class="wrap header-row">
              <a class="brand" href={page.href('/')}>
                <span safe>{t('web.layout.siteName')}</span>
                <span class="tagline" safe>
                  {t('web.layout.tagline')}
                </span>
              </a>
              <LanguageSwitcher page={page} />
            </div>
            <Navigation page={page} section={section} />
          </header>
          <main id="main" class="wrap" tabindex="-1">
            {page.flash ? (
              <div class="flash" role="status">
                <p safe>{page.flash}</p>
              </div>
            ) : (
              ''
            )}
            {children}
          </main>
          <footer class="site-footer">
            <div class="wrap">
              <p safe>{t('web.layout.footer.about')}</p>
              <p>
                <a href="/docs" safe>
                  {t('web.layout.footer.api')}
                </a>
              </p>
            </div>
          </footer>
        </body>
      </html>
    </>
  );
}

function LanguageSwitcher({ page }: { page: Page }) {
  return (
    <nav class="languages" aria-label={page.t('web.layout.language.label')}>
      <ul>
        {LANGUAGES.map((l) =>
          l === page.lang ? (
            <li>
              <span aria-current="true" lang={l} safe>
                {AUTONYMS[l]}
              </span>
            </li>
          ) : (
            <li>
              <a href={`/${l}${page.path}`} hreflang={l} lang={l} safe>
                {AUTONYMS[l]}
              </a>
            </li>
          ),
        )}
      </ul>
    </nav>
  );
}

function Navigation({ page, section }: { page: Page; section: LayoutProps['section'] }) {
  const { t, actor, me } = page;
  const country = me?.country ?? '';
  const items: { id: LayoutProps['section']; href: string; label: string }[] = [{ id: 'home', href: page.href('/'), label: t('web.layout.nav.home') }];
  if (me) items.push({ id: 'desk', href: page.href('/desk'), label: t('web.layout.nav.desk') });
  items.push({ id: 'catalogue', href: page.href('/catalogue'), label: t('web.layout.nav.catalogue') });
  if (isPerson(actor) && (isSecretariat(actor) || isCountryWriter(actor)))
    items.push({ id: 'matches', href: page.href('/matches'), label: t('web.layout.nav.matches') });
  items.push({ id: 'experts', href: page.href('/experts'), label: t('web.layout.nav.experts') });
  items.push({ id: 'stats', href: page.href('/stats'), label: t('web.layout.nav.stats') });
  items.push({ id: 'stories', href: page.href('/stories'), label: t('web.layout.nav.stories') });
  if (isPerson(actor) && (isSecretariat(actor) || canWriteListing(actor, country))) {
    items.push({ id: 'mine', href: page.href('/my/listings'), label: t('web.layout.nav.myListings') });
    items.push({ id: 'new', href: page.href('/listings/new'), label: t('web.layout.nav.newListing') });
  }
  if (isPerson(actor) && (isSecretariat(actor) || canReviewListing(actor, country)))
    items.push({ id: 'review', href: page.href('/review'), label: t('web.layout.nav.review') });
  if (canImport(actor)) items.push({ id: 'imports', href: page.href('/imports'), label: t('web.layout.nav.imports') });
  if (canManageCampaigns(actor)) items.push({ id: 'campaigns', href: page.href('/campaigns'), label: t('web.layout.nav.campaigns') });
  if (canListUsers(actor)) items.push({ id: 'console', href: page.href('/console'), label: t('web.layout.nav.console') });
  return (
    <nav class="main-nav" aria-label={t('web.layout.nav.label')}>
      <div class="wrap nav-row">
        <ul>
          {items.map((item) => (
            <li>
              <a href={item.href} aria-current={item.id === section ? 'page' : undefined} safe>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
        <ul class="account-nav">
          {me ? (
            <>
              <li>
                <a href={page.href('/inbox')} aria-current={section === 'inbox' ? 'page' : undefined} class={page.unread ? 'has-unread' : undefined} safe>
                  {t('web.inbox.nav', { count: page.unread ?? 0 })}
                </a>
              </li>
              <li>
                <a href={page.href('/account')} aria-current={section === 'account' ? 'page' : undefined} safe>
                  {t('web.layout.nav.account')}
                </a>
              </li>
              <li>
                <form method="post" action={page.href('/sign-out')} class="inline-form">
                  <input type="hidden" name="_csrf" value={page.csrf()} />
                  <button type="submit" class="link-button" safe>
                    {t('web.layout.nav.signOut')}
                  </button>
                </form>
              </li>
            </>
          ) : (
            <li>
              <a
                href={`${page.href('/sign-in')}?next=${encodeURIComponent(page.href(page.path))}`}
                aria-current={section === 'sign-in' ? 'page' : undefined}
                safe
              >
                {t('web.layout.nav.signIn')}
              </a>
            </li>
          )}
        </ul>
      </div>
    </nav>
  );
}

/** The "There is a problem" box at the top of a form, linking to each field (GOV.UK's pattern). */
export function ErrorSummary({ page, errors }: { page: Page; errors: readonly { field: string; message: string }[] }) {
  if (errors.length === 0) return <></>;
  return (
    <div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" safe>
        {page.t('web.layout.errorSummary.title')}
      </h2>
      <ul>
        {errors.map((e) => (
          <li>
            <a href={`#field-${e.field}`} safe>
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Previous/next links that keep the rest of the query. */
export function Pagination({ page, current, pages, link }: { page: Page; current: number; pages: number; link: (n: number) => string }) {
  if (pages <= 1) return <></>;
  const { t } = page;
  return (
    <nav class="pagination" aria-label={t('web.layout.pagination.label')}>
      {current > 1 ? (
        <a href={link(current - 1)} rel="prev" safe>
          {t('web.layout.pagination.previous')}
        </a>
      ) : (
        ''
      )}
      <span safe>{t('web.layout.pagination.status', { page: current, pages })}</span>
      {current < pages ? (
        <a href={link(current + 1)} rel="next" safe>
          {t('web.layout.pagination.next')}
        </a>
      ) : (
        ''
      )}
    </nav>
  );
}

import type { Page } from '../context.js';

/** The catalogue's search field: a GET form, so a search is a link that can be shared. */
export function SearchBox({ page, query, hidden = {} }: { page: Page; query?: string | undefined; hidden?: Readonly<Record<string, string>> }) {
  const { t } = page;
  return (
    <form method="get" action={page.href('/catalogue')} role="search" class="search-box">
      <label for="field-q" safe>
        {t('web.catalogue.search.label')}
      </label>
      <p class="hint" id="hint-q" safe>
        {t('web.catalogue.search.hint')}
      </p>
      <div class="search-row">
        <input type="search" id="field-q" name="q" value={query ?? ''} aria-describedby="hint-q" maxlength={500} />
        {Object.entries(hidden).map(([name, value]) => (
          <input type="hidden" name={name} value={value} />
        ))}
        <button type="submit" safe>
          {t('web.catalogue.search.submit')}
        </button>
      </div>
    </form>
  );
}

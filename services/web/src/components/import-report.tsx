/*
 * An import as it runs and once it has ended: its status, a progress bar with the lines
 * read, the counts, and at the end the errors line by line, each said in the reader's
 * language from its code (the API's English reason when no message says more). While
 * the import runs, htmx asks for this fragment again every 2 seconds and puts it in its
 * own place; the answer for an import that has ended no longer asks, so polling stops.
 * Without JavaScript, a plain link reloads the page.
 */
import { colon, type MessageKey } from '@enlace/i18n';
import type { Schemas } from '../api/client.js';
import type { Page } from '../context.js';

export type ImportReport = Schemas['ImportReport'];
type LineError = ImportReport['errors'][number];

/** The error codes a message says in the reader's language; any other is said as "Not accepted" with the API's reason. */
const CODE_MESSAGES: Readonly<Record<string, MessageKey>> = {
  required: 'web.imports.code.required',
  invalid_type: 'web.imports.code.invalid_type',
  invalid_value: 'web.imports.code.invalid_value',
  invalid_format: 'web.imports.code.invalid_format',
  too_small: 'web.imports.code.too_small',
  too_big: 'web.imports.code.too_big',
  unrecognized_keys: 'web.imports.code.unrecognized_keys',
  invalid_json: 'web.imports.code.invalid_json',
  wrong_country: 'web.imports.code.wrong_country',
  duplicate: 'web.imports.code.duplicate',
  more_errors: 'web.imports.code.more_errors',
  column_count: 'web.imports.code.column_count',
  unstorable_text: 'web.imports.code.unstorable_text',
};

export const isFinished = (report: Pick<ImportReport, 'status'>) => report.status === 'completed' || report.status === 'failed';

function Problem({ page, error }: { page: Page; error: LineError }) {
  const key = CODE_MESSAGES[error.code];
  if (key) return <span safe>{page.t(key)}</span>;
  // A rule the messages do not name (a country code, an SDG target, dates in the wrong order): its English reason says which.
  return (
    <>
      <span safe>{page.t('web.imports.code.other')}</span>{' '}
      <span lang="en" safe>
        {`(${error.reason})`}
      </span>
    </>
  );
}

function ErrorTable({ page, report, href }: { page: Page; report: ImportReport; href: (errorsAfterLine?: number) => string }) {
  const { t } = page;
  if (report.errors.length === 0 && report.linesWithErrors === 0) return <p safe>{t('web.imports.errors.none')}</p>;
  return (
    <section aria-labelledby="import-errors-title">
      <h2 id="import-errors-title" safe>
        {t('web.imports.errors.title')}
      </h2>
      <p class="hint" id="import-errors-numbering" safe>
        {t('web.imports.errors.numbering')}
      </p>
      <div class="table-wrap">
        <table id="import-errors" aria-describedby="import-errors-numbering">
          <caption class="visually-hidden" safe>
            {t('web.imports.errors.title')}
          </caption>
          <thead>
            <tr>
              <th scope="col" safe>
                {t('web.imports.errors.line')}
              </th>
              <th scope="col" safe>
                {t('web.imports.errors.field')}
              </th>
              <th scope="col" safe>
                {t('web.imports.errors.problem')}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.errors.map((e) => (
              <tr>
                <td safe>{String(e.line)}</td>
                <td>
                  <code safe>{e.field}</code>
                </td>
                <td>
                  <Problem page={page} error={e} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {report.moreErrorsAfterLine !== undefined ? (
        <nav class="pagination" aria-label={t('web.imports.errors.title')}>
          <a href={href(report.moreErrorsAfterLine)} rel="next" safe>
            {t('web.imports.errors.next')}
          </a>
        </nav>
      ) : (
        ''
      )}
      {report.errorsNotStored > 0 ? <p safe>{t('web.imports.errors.notStored', { count: report.errorsNotStored })}</p> : ''}
    </section>
  );
}

/**
 * The part of the import's page that changes. `href` is this page's address (with a
 * page of errors when given); htmx polls it while the import has not ended.
 */
export function ImportProgress({ page, report, href }: { page: Page; report: ImportReport; href: (errorsAfterLine?: number) => string }) {
  const { t } = page;
  const finished = isFinished(report);
  const polling = finished ? {} : { 'hx-get': href(), 'hx-trigger': 'every 2s', 'hx-swap': 'outerHTML' };
  return (
    <div id="import-report" {...polling}>
      <p id="import-status" role="status">
        <strong safe>{`${t('web.imports.report.status')}${colon(page.lang)}`}</strong>{' '}
        <span class="badge" safe>
          {t(`web.imports.status.${report.status}`)}
        </span>
      </p>
      <progress id="import-progress" max={String(Math.max(report.totalLines, 1))} value={String(report.linesDone)} aria-labelledby="import-lines"></progress>
      <p id="import-lines" safe>
        {t('web.imports.report.progress', { done: report.linesDone, total: report.totalLines })}
      </p>
      <ul class="plain" id="import-counts">
        <li safe>{t('web.imports.report.created', { count: report.created })}</li>
        <li safe>{t('web.imports.report.updated', { count: report.updated })}</li>
        <li safe>{t('web.imports.report.unchanged', { count: report.unchanged })}</li>
        <li safe>{t('web.imports.report.withErrors', { count: report.linesWithErrors })}</li>
      </ul>
      {report.status === 'failed' ? (
        <div class="notice">
          <p safe>{t('web.imports.report.failed')}</p>
          {report.failure ? (
            <p lang="en" safe>
              {report.failure}
            </p>
          ) : (
            ''
          )}
        </div>
      ) : (
        ''
      )}
      {finished ? (
        <ErrorTable page={page} report={report} href={href} />
      ) : (
        <p>
          <a href={href()} safe>
            {t('web.imports.report.refresh')}
          </a>
        </p>
      )}
    </div>
  );
}

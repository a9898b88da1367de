/*
 * The upload form of the imports page (a multipart form that works without
 * JavaScript), what it says about whose listings the person may import, the links that
 * download the export, and the API's refusals of a whole file in the reader's language.
 */
import { canReviewListing, isSecretariat } from '@enlace/domain';
import { countryName, type MessageKey } from '@enlace/i18n';
import type { Problem } from '../api/client.js';
import type { Page } from '../context.js';
import { ErrorSummary } from '../layout.js';
import { Choices, CsrfField, type FieldError } from './form.js';

export type ImportFormat = 'auto' | 'jsonl' | 'csv';

/** Why the API refused a whole file, by code; the column codes name the column. */
const REFUSALS: Readonly<Record<string, MessageKey>> = {
  empty: 'web.imports.error.empty',
  too_many_lines: 'web.imports.error.too_many_lines',
  invalid_csv: 'web.imports.error.invalid_csv',
  import_in_progress: 'web.imports.error.import_in_progress',
  unsupported_media_type: 'web.imports.error.unsupported_media_type',
  invalid_json: 'web.imports.error.unsupported_media_type',
};
const COLUMN_REFUSALS: Readonly<Record<string, MessageKey>> = {
  unknown_column: 'web.imports.error.unknown_column',
  missing_column: 'web.imports.error.missing_column',
  duplicate_column: 'web.imports.error.duplicate_column',
};

/** The API's problem with an upload as messages on the file field, in the reader's language. */
export function uploadErrorsOf(page: Page, problem: Problem | undefined, megabytes: number): FieldError[] {
  const { t } = page;
  const issues = problem?.errors ?? [];
  if (issues.length === 0) return [{ field: 'file', message: t('web.imports.error.other', { reason: problem?.detail ?? problem?.title ?? '' }) }];
  return issues.map((issue) => {
    const column = COLUMN_REFUSALS[issue.code];
    if (column) return { field: 'file', message: t(column, { column: issue.field }) };
    if (issue.code === 'too_large') return { field: 'file', message: t('web.imports.error.tooLarge', { megabytes }) };
    const refusal = REFUSALS[issue.code];
    return { field: 'file', message: refusal ? t(refusal) : t('web.imports.error.other', { reason: issue.reason }) };
  });
}

/** What the person's imports may touch, as the API will decide it. */
function Scope({ page }: { page: Page }) {
  const { t, actor, me } = page;
  const country = me?.country;
  if (isSecretariat(actor) || !country) return <p safe>{t('web.imports.scope.all')}</p>;
  const name = countryName(page.lang, country);
  return <p safe>{canReviewListing(actor, country) ? t('web.imports.scope.country', { country: name }) : t('web.imports.scope.review', { country: name })}</p>;
}

export function ImportForm(props: {
  page: Page;
  format: ImportFormat;
  errors: readonly FieldError[];
  megabytes: number;
  /** The import of this person that is still running, when the API named it. */
  running?: string | undefined;
}) {
  const { page, format, errors, megabytes, running } = props;
  const { t } = page;
  const fileError = errors.find((e) => e.field === 'file');
  const formatError = errors.find((e) => e.field === 'format');
  return (
    <>
      <ErrorSummary page={page} errors={errors} />
      <h1 safe>{t('web.imports.title')}</h1>
      <p safe>{t('web.imports.intro')}</p>
      <Scope page={page} />
      {running ? (
        <p>
          <a href={page.href(`/imports/${running}`)} safe>
            {t('web.imports.running.link')}
          </a>
        </p>
      ) : (
        ''
      )}
      <section aria-labelledby="import-form-title">
        <h2 id="import-form-title" safe>
          {t('web.imports.form.title')}
        </h2>
        <form method="post" action={page.href('/imports')} enctype="multipart/form-data" novalidate>
          <CsrfField page={page} />
          <div class={fileError ? 'field has-error' : 'field'}>
            <label for="field-file" safe>
              {t('web.imports.form.file')}
            </label>
            <p class="hint" id="hint-file" safe>
              {t('web.imports.form.fileHint', { megabytes })}
            </p>
            {errors
              .filter((e) => e.field === 'file')
              .map((e, i) => (
                <p class="field-error" id={i === 0 ? 'error-file' : undefined} safe>
                  {e.message}
                </p>
              ))}
            <input
              id="field-file"
              name="file"
              type="file"
              required
              accept=".csv,.jsonl,.ndjson,.json,.txt,text/csv,application/x-ndjson"
              aria-invalid={fileError ? 'true' : undefined}
              aria-describedby={fileError ? 'hint-file error-file' : 'hint-file'}
            />
          </div>
          <Choices
            name="format"
            type="radio"
            label={t('web.imports.form.format')}
            values={[format]}
            error={formatError?.message}
            options={[
              { value: 'auto', label: t('web.imports.form.format.auto') },
              { value: 'csv', label: t('web.imports.form.format.csv') },
              { value: 'jsonl', label: t('web.imports.form.format.jsonl') },
            ]}
          />
          <div class="actions">
            <button type="submit" safe>
              {t('web.imports.form.submit')}
            </button>
          </div>
        </form>
      </section>
      <section aria-labelledby="export-title">
        <h2 id="export-title" safe>
          {t('web.imports.export.title')}
        </h2>
        <p safe>{t('web.imports.export.intro')}</p>
        <ul class="plain">
          <li>
            <a href={page.href('/imports/export?format=csv')} safe>
              {t('web.imports.export.csv')}
            </a>
          </li>
          <li>
            <a href={page.href('/imports/export?format=jsonl')} safe>
              {t('web.imports.export.jsonl')}
            </a>
          </li>
        </ul>
      </section>
    </>
  );
}

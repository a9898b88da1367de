/*
 * Staff propose a pair by hand: an offer and a demand of two countries, each given by
 * the address of its page (what staff have at hand while reading the catalogue) or its
 * id, with a note both countries read.
 */
import type { Page } from '../context.js';
import { ErrorSummary, Layout } from '../layout.js';
import { CsrfField, errorFor, type FieldError, TextArea, TextInput } from './form.js';

export interface ProposeState {
  readonly values: Readonly<{ offer?: string | undefined; demand?: string | undefined; note?: string | undefined }>;
  readonly errors: readonly FieldError[];
}

export function ProposeForm({ page, state }: { page: Page; state: ProposeState }) {
  const { t } = page;
  const { values, errors } = state;
  return (
    <Layout page={page} title={t('web.matches.propose.title')} section="matches">
      <h1 safe>{t('web.matches.propose.title')}</h1>
      <ErrorSummary page={page} errors={errors} />
      <p safe>{t('web.matches.propose.intro')}</p>
      <form method="post" action={page.href('/matches/propose')} novalidate>
        <CsrfField page={page} />
        <TextInput
          name="offer"
          label={t('web.matches.propose.offer')}
          hint={t('web.matches.propose.listingHint')}
          value={values.offer}
          error={errorFor(errors, 'offer')}
        />
        <TextInput
          name="demand"
          label={t('web.matches.propose.demand')}
          hint={t('web.matches.propose.listingHint')}
          value={values.demand}
          error={errorFor(errors, 'demand')}
        />
        <TextArea name="note" label={t('web.matches.propose.note')} value={values.note} error={errorFor(errors, 'note')} rows={4} maxlength={2000} />
        <div class="actions">
          <button type="submit" safe>
            {t('web.matches.propose.submit')}
          </button>
        </div>
      </form>
    </Layout>
  );
}

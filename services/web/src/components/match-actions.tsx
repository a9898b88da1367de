/*
 * The forms of a match's page: exactly the actions the API says the reader may take now
 * (`availableActions`), each a plain form that works without JavaScript. Field names are
 * unique on the page (a decline's reason and a dismissal's are two fields), so that the
 * error summary links to the right one.
 */
import { isSecretariat, type MatchAction } from '@enlace/domain';
import type { Children } from '@kitajs/html';
import type { Page } from '../context.js';
import type { Taxonomies } from '../taxonomies.js';
import { CsrfField, errorFor, type FieldError, Select, TextArea, TextInput } from './form.js';
import type { MatchView } from './match-record.js';

/** What the reader typed, given back to the form after an error. */
export type ActionValues = Readonly<Record<string, string | undefined>>;

/** The form that failed, its errors and what was typed in it. */
export interface ActionState {
  readonly action: MatchAction;
  readonly errors: readonly FieldError[];
  readonly values: ActionValues;
}

interface FormProps {
  readonly page: Page;
  readonly tax: Taxonomies;
  readonly match: MatchView;
  readonly state: ActionState | undefined;
}

function ActionForm({
  page,
  match,
  action,
  title,
  hint,
  children,
  submit,
  secondary,
}: FormProps & {
  action: MatchAction;
  title: string;
  hint?: string;
  children?: Children;
  submit: string;
  secondary?: boolean;
}) {
  return (
    <section class="card" aria-labelledby={`act-${action}`}>
      <h3 id={`act-${action}`} safe>
        {title}
      </h3>
      {hint ? (
        <p class="hint" safe>
          {hint}
        </p>
      ) : (
        ''
      )}
      <form method="post" action={page.href(`/matches/${match.id}/${action}`)} novalidate>
        <CsrfField page={page} />
        {children}
        <div class="actions">
          <button type="submit" class={secondary ? 'secondary' : undefined} safe>
            {submit}
          </button>
        </div>
      </form>
    </section>
  );
}

function valuesFor(
  state: ActionState | undefined,
  action: MatchAction,
): { value: (name: string) => string | undefined; error: (name: string) => string | undefined } {
  const mine = state?.action === action ? state : undefined;
  return { value: (name) => mine?.values[name], error: (name) => (mine ? errorFor(mine.errors, name) : undefined) };
}

function AgreeForm(props: FormProps) {
  const { page, tax, match, state } = props;
  const { t } = page;
  const { value, error } = valuesFor(state, 'agree');
  const a = match.agreement;
  const staff = isSecretariat(page.actor);
  // A focal point confirming terms the other side recorded sends them back unchanged.
  const confirming = a !== null && !staff && state?.action !== 'agree';
  return (
    <ActionForm
      {...props}
      action="agree"
      title={t('web.matches.act.agree.title')}
      hint={staff ? t('web.matches.act.agree.hintStaff') : t('web.matches.act.agree.hintFocal')}
      submit={confirming ? t('web.matches.act.agree.confirm') : t('web.matches.act.agree.submit')}
    >
      <Select
        name="modality"
        label={t('web.matches.page.modality')}
        value={value('modality') ?? a?.modality}
        options={tax.modalities.map((m) => ({ value: m.code, label: m.name }))}
        blank=""
        error={error('modality')}
      />
      <TextInput name="startDate" type="date" label={t('web.matches.page.startDate')} value={value('startDate') ?? a?.startDate} error={error('startDate')} />
      <TextInput name="endDate" type="date" label={t('web.matches.page.endDate')} value={value('endDate') ?? a?.endDate} error={error('endDate')} />
      <TextArea
        name="responsibilities"
        label={t('web.matches.page.responsibilities')}
        hint={t('web.matches.act.agree.responsibilitiesHint')}
        value={value('responsibilities') ?? a?.responsibilities}
        error={error('responsibilities')}
        rows={5}
        maxlength={5000}
      />
    </ActionForm>
  );
}

export function MatchActions(props: FormProps) {
  const { page, match } = props;
  const { t } = page;
  const can = (a: MatchAction) => match.availableActions.includes(a);
  const interest = valuesFor(props.state, 'interest');
  const complete = valuesFor(props.state, 'complete');
  const decline = valuesFor(props.state, 'decline');
  const dismiss = valuesFor(props.state, 'dismiss');
  const any = (['interest', 'agree', 'start', 'complete', 'decline', 'dismiss'] as const).some(can);
  return (
    <section aria-labelledby="actions-title" class="stack">
      <h2 id="actions-title" safe>
        {t('web.matches.act.title')}
      </h2>
      {any ? '' : <p safe>{t('web.matches.act.none')}</p>}
      {can('interest') ? (
        <ActionForm {...props} action="interest" title={t('web.matches.act.interest.title')} submit={t('web.matches.act.interest.submit')}>
          <TextArea
            name="message"
            label={t('web.matches.act.interest.message')}
            hint={t('web.matches.act.interest.hint')}
            value={interest.value('message')}
            error={interest.error('message')}
            rows={4}
            maxlength={2000}
          />
        </ActionForm>
      ) : (
        ''
      )}
      {can('agree') ? <AgreeForm {...props} /> : ''}
      {can('start') ? (
        <ActionForm
          {...props}
          action="start"
          title={t('web.matches.act.start.title')}
          hint={t('web.matches.act.start.hint')}
          submit={t('web.matches.act.start.submit')}
        />
      ) : (
        ''
      )}
      {can('complete') ? (
        <ActionForm
          {...props}
          action="complete"
          title={t('web.matches.act.complete.title')}
          hint={t('web.matches.act.complete.hint')}
          submit={t('web.matches.act.complete.submit')}
        >
          <TextArea
            name="summary"
            label={t('web.matches.page.outcomeSummary')}
            value={complete.value('summary')}
            error={complete.error('summary')}
            rows={5}
            maxlength={5000}
          />
          <TextArea
            name="lessonsLearned"
            label={t('web.matches.page.lessons')}
            value={complete.value('lessonsLearned')}
            error={complete.error('lessonsLearned')}
            rows={5}
            maxlength={5000}
          />
        </ActionForm>
      ) : (
        ''
      )}
      {can('decline') ? (
        <ActionForm
          {...props}
          action="decline"
          title={t('web.matches.act.decline.title')}
          hint={t('web.matches.act.decline.hint')}
          submit={t('web.matches.act.decline.submit')}
          secondary
        >
          <TextArea
            name="declineReason"
            label={t('web.matches.act.decline.reason')}
            value={decline.value('declineReason')}
            error={decline.error('declineReason')}
            rows={3}
            maxlength={2000}
          />
        </ActionForm>
      ) : (
        ''
      )}
      {can('dismiss') ? (
        <ActionForm
          {...props}
          action="dismiss"
          title={t('web.matches.act.dismiss.title')}
          hint={t('web.matches.act.dismiss.hint')}
          submit={t('web.matches.act.dismiss.submit')}
          secondary
        >
          <TextArea
            name="dismissReason"
            label={t('web.matches.act.dismiss.reason')}
            value={dismiss.value('dismissReason')}
            error={dismiss.error('dismissReason')}
            rows={3}
            maxlength={2000}
          />
        </ActionForm>
      ) : (
        ''
      )}
    </section>
  );
}

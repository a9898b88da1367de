/*
 * A cooperation's record for SEGIB's SIDICSS on the match's page: what was recorded at
 * the agreement, and for the two countries' focal points and staff, a plain form to
 * correct it (instrument, type, dates, and up to five participant countries with their
 * role, executing institution and costs).
 */
import { COOPERATION_INSTRUMENTS, COOPERATION_RECORD_TYPES, COOPERATION_ROLES } from '@enlace/domain/codes';
import { longDate, type MessageKey } from '@enlace/i18n';
import type { Problem, Schemas } from '../api/client.js';
import type { Page } from '../context.js';
import type { Taxonomies } from '../taxonomies.js';
import { CsrfField, errorFor, type FieldError, Select, TextInput, textOf } from './form.js';

export type CooperationRecord = Schemas['CooperationRecord'];
type Participant = CooperationRecord['participants'][number];

/** Participant rows the form offers: a triangular cooperation with two recipients fits. */
export const PARTICIPANT_ROWS = 5;

const roleKey = (role: string) => `web.cooperation.role.${role}` as MessageKey;

/** The record as the API wants it, from the form's fields; rows without a country are left out. */
export function recordBodyOf(form: Record<string, unknown>) {
  const v = (name: string) => textOf(form[name]);
  const participants = Array.from({ length: PARTICIPANT_ROWS }, (_, i) => i)
    .filter((i) => v(`p${i}.country`))
    .map((i) => ({
      country: v(`p${i}.country`)!,
      role: v(`p${i}.role`) ?? '',
      ...(v(`p${i}.institution`) ? { executingInstitution: v(`p${i}.institution`) } : {}),
      ...(v(`p${i}.budgeted`) ? { budgetedCost: v(`p${i}.budgeted`) } : {}),
      ...(v(`p${i}.executed`) ? { executedCost: v(`p${i}.executed`) } : {}),
      ...(v(`p${i}.currency`) ? { currency: v(`p${i}.currency`)!.toUpperCase() } : {}),
    }));
  return {
    instrument: v('instrument') ?? '',
    cooperationType: v('cooperationType') ?? '',
    ...(v('approvedOn') ? { approvedOn: v('approvedOn') } : {}),
    ...(v('startsOn') ? { startsOn: v('startsOn') } : {}),
    ...(v('endsOn') ? { endsOn: v('endsOn') } : {}),
    participants,
  };
}

/** The API's field errors, named as the form names its fields and worded in the reader's language. */
export function recordErrorsOf(page: Page, problem: Problem | undefined): FieldError[] {
  const { t } = page;
  const FIELD: Record<string, string> = { budgetedCost: 'budgeted', executedCost: 'executed', executingInstitution: 'institution' };
  const out: FieldError[] = [];
  for (const issue of problem?.errors ?? []) {
    const row = /^participants\.(\d+)\.(\w+)$/.exec(issue.field);
    if (row) {
      const field = FIELD[row[2]!] ?? row[2]!;
      const message =
        field === 'currency'
          ? t('web.cooperation.error.currency')
          : field === 'budgeted' || field === 'executed'
            ? t('web.cooperation.error.amount')
            : t('web.cooperation.error.participants', { reason: issue.reason });
      out.push({ field: `p${row[1]}.${field}`, message });
    } else if (issue.field.startsWith('participants'))
      out.push({ field: 'p0.country', message: t('web.cooperation.error.participants', { reason: issue.reason }) });
    else if (issue.field === 'endsOn' && issue.code === 'custom') out.push({ field: 'endsOn', message: t('web.cooperation.error.endBeforeStart') });
    else if (['approvedOn', 'startsOn', 'endsOn'].includes(issue.field)) out.push({ field: issue.field, message: t('web.cooperation.error.date') });
    else out.push({ field: issue.field, message: t('web.cooperation.error.participants', { reason: issue.reason }) });
  }
  return out.filter((e, i) => out.findIndex((f) => f.field === e.field) === i);
}

function Facts({ page, tax, record }: { page: Page; tax: Taxonomies; record: CooperationRecord }) {
  const { t, lang } = page;
  const date = (d: string | null) => (d ? longDate(lang, d) : '—');
  const money = (p: Participant, amount: string | undefined) => (amount ? `${amount} ${p.currency ?? ''}`.trim() : '—');
  return (
    <>
      <dl class="fields">
        <dt safe>{t('web.cooperation.instrument')}</dt>
        <dd safe>{t(`web.cooperation.instrument.${record.instrument}` as MessageKey)}</dd>
        <dt safe>{t('web.cooperation.type')}</dt>
        <dd safe>{t(`web.cooperation.type.${record.cooperationType}` as MessageKey)}</dd>
        <dt safe>{t('web.cooperation.approvedOn')}</dt>
        <dd safe>{date(record.approvedOn)}</dd>
        <dt safe>{t('web.cooperation.startsOn')}</dt>
        <dd safe>{date(record.startsOn)}</dd>
        <dt safe>{t('web.cooperation.endsOn')}</dt>
        <dd safe>{date(record.endsOn)}</dd>
      </dl>
      <div class="table-wrap">
        <table>
          <caption safe>{t('web.cooperation.participants')}</caption>
          <thead>
            <tr>
              {(['country', 'role', 'institution', 'budgeted', 'executed'] as const).map((k) => (
                <th scope="col" safe>
                  {t(`web.cooperation.${k}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {record.participants.map((p) => (
              <tr>
                <th scope="row" safe>
                  {tax.name('countries', p.country)}
                </th>
                <td safe>{t(roleKey(p.role))}</td>
                <td safe>{p.executingInstitution ?? '—'}</td>
                <td class="number" safe>
                  {money(p, p.budgetedCost)}
                </td>
                <td class="number" safe>
                  {money(p, p.executedCost)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function CorrectionForm(props: {
  page: Page;
  tax: Taxonomies;
  matchId: string;
  record: CooperationRecord;
  values: Readonly<Record<string, string | undefined>> | undefined;
  errors: readonly FieldError[];
}) {
  const { page, tax, matchId, record, values, errors } = props;
  const { t } = page;
  // After a refused attempt the form shows what was typed; otherwise the record as it is.
  const value = (name: string, stored: string | undefined) => (values ? values[name] : stored);
  const error = (name: string) => errorFor(errors, name);
  const countries = tax.countries.map((c) => ({ value: c.code, label: c.name }));
  return (
    <details open={errors.length > 0 ? true : undefined}>
      <summary safe>{t('web.cooperation.correct')}</summary>
      <form method="post" action={page.href(`/matches/${matchId}/record`)} novalidate>
        <CsrfField page={page} />
        <Select
          name="instrument"
          label={t('web.cooperation.instrument')}
          value={value('instrument', record.instrument)}
          options={COOPERATION_INSTRUMENTS.map((i) => ({ value: i, label: t(`web.cooperation.instrument.${i}`) }))}
          error={error('instrument')}
        />
        <Select
          name="cooperationType"
          label={t('web.cooperation.type')}
          value={value('cooperationType', record.cooperationType)}
          options={COOPERATION_RECORD_TYPES.map((c) => ({ value: c, label: t(`web.cooperation.type.${c}`) }))}
          error={error('cooperationType')}
        />
        <TextInput
          name="approvedOn"
          type="date"
          label={t('web.cooperation.approvedOn')}
          value={value('approvedOn', record.approvedOn ?? undefined)}
          error={error('approvedOn')}
        />
        <TextInput
          name="startsOn"
          type="date"
          label={t('web.cooperation.startsOn')}
          value={value('startsOn', record.startsOn ?? undefined)}
          error={error('startsOn')}
        />
        <TextInput name="endsOn" type="date" label={t('web.cooperation.endsOn')} value={value('endsOn', record.endsOn ?? undefined)} error={error('endsOn')} />
        {Array.from({ length: PARTICIPANT_ROWS }, (_, i) => {
          const p: Partial<Participant> = record.participants[i] ?? {};
          return (
            <fieldset>
              <legend safe>{t('web.cooperation.participantN', { n: i + 1 })}</legend>
              <Select
                name={`p${i}.country`}
                label={t('web.cooperation.country')}
                hint={i >= 2 ? t('web.cooperation.participantHint') : undefined}
                value={value(`p${i}.country`, p.country)}
                options={countries}
                blank=""
                error={error(`p${i}.country`)}
              />
              <Select
                name={`p${i}.role`}
                label={t('web.cooperation.role')}
                value={value(`p${i}.role`, p.role)}
                options={COOPERATION_ROLES.map((r) => ({ value: r, label: t(roleKey(r)) }))}
                blank=""
                error={error(`p${i}.role`)}
              />
              <TextInput
                name={`p${i}.institution`}
                label={t('web.cooperation.institution')}
                value={value(`p${i}.institution`, p.executingInstitution)}
                error={error(`p${i}.institution`)}
                maxlength={300}
              />
              <TextInput
                name={`p${i}.budgeted`}
                label={t('web.cooperation.budgeted')}
                value={value(`p${i}.budgeted`, p.budgetedCost)}
                error={error(`p${i}.budgeted`)}
              />
              <TextInput
                name={`p${i}.executed`}
                label={t('web.cooperation.executed')}
                value={value(`p${i}.executed`, p.executedCost)}
                error={error(`p${i}.executed`)}
              />
              <TextInput
                name={`p${i}.currency`}
                label={t('web.cooperation.currency')}
                hint={t('web.cooperation.currencyHint')}
                value={value(`p${i}.currency`, p.currency)}
                error={error(`p${i}.currency`)}
                maxlength={3}
              />
            </fieldset>
          );
        })}
        <div class="actions">
          <button type="submit" safe>
            {t('web.cooperation.save')}
          </button>
        </div>
      </form>
    </details>
  );
}

/** The record's section of a match's page; `correctable` when the reader may correct it. */
export function CooperationRecordSection(props: {
  page: Page;
  tax: Taxonomies;
  matchId: string;
  record: CooperationRecord | undefined;
  correctable: boolean;
  values?: Readonly<Record<string, string | undefined>> | undefined;
  errors?: readonly FieldError[];
}) {
  const { page, tax, matchId, record, correctable } = props;
  const { t } = page;
  return (
    <section aria-labelledby="cooperation-record" id="record">
      <h2 id="cooperation-record" safe>
        {t('web.cooperation.title')}
      </h2>
      {record ? (
        <>
          <p class="hint" safe>
            {t('web.cooperation.intro')}
          </p>
          <Facts page={page} tax={tax} record={record} />
          {correctable ? <CorrectionForm page={page} tax={tax} matchId={matchId} record={record} values={props.values} errors={props.errors ?? []} /> : ''}
        </>
      ) : (
        <p safe>{t('web.cooperation.none')}</p>
      )}
    </section>
  );
}

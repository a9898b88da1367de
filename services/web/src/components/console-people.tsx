/*
 * People in the secretariat's console: everyone with an account, with when they last
 * signed in (or that they never did) and whether their account is deactivated, each
 * with the action the API would allow the reader (deactivate, reactivate); and the form
 * that creates an officer's or a focal point's account (any account, for admins).
 */
import { canCreateUser, canDeactivateUser, ROLES, type Role } from '@enlace/domain';
import { countryName, label, LANGUAGES, longDate } from '@enlace/i18n';
import type { Problem, Schemas } from '../api/client.js';
import type { Page } from '../context.js';
import { AUTONYMS } from '../layout.js';
import type { Taxonomies } from '../taxonomies.js';
import { ConsolePage, When } from './console-shell.js';
import { CsrfField, errorFor, type FieldError, fieldErrorsOf, Select, TextInput } from './form.js';

type User = Schemas['User'];

export const PEOPLE_FILTERS = ['all', 'never', 'deactivated'] as const;
export type PeopleFilter = (typeof PEOPLE_FILTERS)[number];

/** The roles the reader may give a new account (staff: officers and focal points; admins: any). */
export const creatableRoles = (page: Page): Role[] => ROLES.filter((r) => canCreateUser(page.actor, r));

function Actions({ page, person, filter }: { page: Page; person: User; filter: PeopleFilter }) {
  const { t } = page;
  if (person.id === page.me?.id)
    return (
      <span class="meta" safe>
        {t('web.console.people.you')}
      </span>
    );
  if (!canDeactivateUser(page.actor, person)) return <></>;
  const deactivated = Boolean(person.deactivatedAt);
  const action = deactivated ? 'reactivate' : 'deactivate';
  return (
    <form method="post" action={page.href(`/console/people/${person.id}/${action}`)} class="inline-form">
      <CsrfField page={page} />
      <input type="hidden" name="filter" value={filter} />
      <button
        type="submit"
        class="secondary"
        aria-label={t(deactivated ? 'web.console.people.reactivateNamed' : 'web.console.people.deactivateNamed', { name: person.name })}
        safe
      >
        {t(deactivated ? 'web.console.people.reactivate' : 'web.console.people.deactivate')}
      </button>
    </form>
  );
}

export function PeopleTable({ page, people, filter }: { page: Page; people: readonly User[]; filter: PeopleFilter }) {
  const { t, lang } = page;
  if (people.length === 0) return <p safe>{t('web.console.people.none')}</p>;
  const cols = ['name', 'email', 'role', 'country', 'created', 'lastSignIn', 'state', 'actions'] as const;
  return (
    <div class="table-wrap">
      <table id="people">
        <caption safe>{t(`web.console.people.caption.${filter}`)}</caption>
        <thead>
          <tr>
            {cols.map((c) => (
              <th scope="col" safe>
                {t(`web.console.people.col.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr data-email={p.email}>
              <th scope="row" safe>
                {p.name}
              </th>
              <td safe>{p.email}</td>
              <td safe>{label(lang, 'role', p.role)}</td>
              <td safe>{p.country ? countryName(lang, p.country) : t('web.console.people.everyCountry')}</td>
              <td>
                <time datetime={p.createdAt} safe>
                  {longDate(lang, p.createdAt)}
                </time>
              </td>
              <td class="last-sign-in">
                {p.lastSignInAt ? (
                  <When page={page} at={p.lastSignInAt} />
                ) : (
                  <span class="badge" safe>
                    {t('web.console.people.neverSignedIn')}
                  </span>
                )}
              </td>
              <td class="state">
                {p.deactivatedAt ? (
                  <span class="badge attention" safe>
                    {t('web.console.people.deactivatedOn', { date: longDate(lang, p.deactivatedAt) })}
                  </span>
                ) : (
                  <span safe>{t('web.console.people.active')}</span>
                )}
              </td>
              <td>
                <Actions page={page} person={p} filter={filter} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What the account form holds (never the password, which is not sent back). */
export interface NewAccountValues {
  readonly name?: string | undefined;
  readonly email?: string | undefined;
  readonly role?: string | undefined;
  readonly country?: string | undefined;
  readonly institution?: string | undefined;
  readonly language?: string | undefined;
}

/** The form's labels, by the API's field names, for the error summary. */
function newAccountLabels(page: Page): Record<string, string> {
  const { t } = page;
  return {
    name: t('web.console.newAccount.name'),
    email: t('web.console.newAccount.email'),
    role: t('web.console.newAccount.role'),
    country: t('web.console.newAccount.country'),
    'institution.name': t('web.console.newAccount.institution'),
    language: t('web.console.newAccount.language'),
    password: t('web.console.newAccount.password'),
  };
}

export function NewAccountPage(props: { page: Page; tax: Taxonomies; values: NewAccountValues; errors: readonly FieldError[] }) {
  const { page, tax, values, errors } = props;
  const { t, lang } = page;
  const err = (name: string) => errorFor(errors, name);
  const roles = creatableRoles(page);
  return (
    <ConsolePage page={page} current="people" title={t('web.console.newAccount.title')} intro={t('web.console.newAccount.intro')} errors={errors}>
      <form method="post" action={page.href('/console/people')} novalidate>
        <CsrfField page={page} />
        <TextInput name="name" label={t('web.console.newAccount.name')} error={err('name')} value={values.name} autocomplete="off" required />
        <TextInput name="email" type="email" label={t('web.console.newAccount.email')} error={err('email')} value={values.email} autocomplete="off" required />
        <Select
          name="role"
          label={t('web.console.newAccount.role')}
          error={err('role')}
          value={values.role ?? 'focal_point'}
          options={roles.map((r) => ({ value: r, label: label(lang, 'role', r) }))}
          required
        />
        <Select
          name="country"
          label={t('web.console.newAccount.country')}
          hint={t('web.console.newAccount.countryHint')}
          error={err('country')}
          value={values.country}
          blank={t('web.console.newAccount.countryBlank')}
          options={tax.countries.map((c) => ({ value: c.code, label: c.name }))}
        />
        <TextInput
          name="institution.name"
          label={t('web.console.newAccount.institution')}
          hint={t('web.console.newAccount.institutionHint')}
          error={err('institution.name')}
          value={values.institution}
        />
        <Select
          name="language"
          label={t('web.console.newAccount.language')}
          error={err('language')}
          value={values.language ?? lang}
          options={LANGUAGES.map((l) => ({ value: l, label: AUTONYMS[l], lang: l }))}
        />
        <TextInput
          name="password"
          type="password"
          label={t('web.console.newAccount.password')}
          hint={t('web.console.newAccount.passwordHint')}
          error={err('password')}
          autocomplete="new-password"
          required
        />
        <div class="actions">
          <button type="submit" safe>
            {t('web.console.newAccount.submit')}
          </button>
          <a href={page.href('/console/people')} safe>
            {t('web.console.newAccount.back')}
          </a>
        </div>
      </form>
    </ConsolePage>
  );
}

/**
 * The API's refusal (400, or 409 for an email already used) as the form's field errors,
 * in the reader's language: an empty password as missing, the country as needed or not
 * by the role chosen.
 */
export function newAccountErrors(
  page: Page,
  status: number,
  problem: Problem | undefined,
  sent: { password: string; role?: string | undefined },
): FieldError[] {
  const { t } = page;
  if (status === 409) return [{ field: 'email', message: t('web.console.newAccount.emailTaken') }];
  const secretariat = sent.role === 'staff' || sent.role === 'admin';
  const errors = fieldErrorsOf(page, problem, newAccountLabels(page), {
    ...(sent.password === '' ? { 'password:too_small': t('web.console.newAccount.passwordMissing') } : {}),
    'country:custom': t(secretariat ? 'web.console.newAccount.countryNotNeeded' : 'web.console.newAccount.countryNeeded'),
    'institution:custom': t('web.console.newAccount.institutionNeeded'),
  });
  // The institution's problem is shown at its name, the field the form has.
  return errors.map((e) => (e.field === 'institution' ? { ...e, field: 'institution.name' } : e));
}

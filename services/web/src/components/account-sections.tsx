/*
 * The parts of "My account": who I am and my language, my password, where I am signed
 * in, and my personal API tokens. Each part is its own small form posting to its own
 * address, so each works without JavaScript and reports its errors next to its fields.
 */
import { LANGUAGES, label, longDate } from '@enlace/i18n';
import type { Schemas } from '../api/client.js';
import type { Me, Page } from '../context.js';
import { AUTONYMS, ErrorSummary, Layout } from '../layout.js';
import type { Taxonomies } from '../taxonomies.js';
import { CsrfField, errorFor, type FieldError, Select, TextInput } from './form.js';

export type Credential = Schemas['Token'];

export interface AccountProps {
  readonly page: Page;
  readonly me: Me;
  readonly tax: Taxonomies;
  readonly credentials: readonly Credential[];
  readonly errors?: readonly FieldError[];
  /** What the person typed in a refused form (never a password). */
  readonly values?: Readonly<Record<string, string>>;
  /** A token just made: its secret, shown this once. */
  readonly created?: { readonly name: string; readonly token: string; readonly expiresAt: string } | undefined;
}

function Profile({ page, me, tax, errors }: Pick<AccountProps, 'page' | 'me' | 'tax'> & { errors: readonly FieldError[] }) {
  const { t, lang } = page;
  return (
    <section aria-labelledby="profile-title">
      <h2 id="profile-title" class="visually-hidden" safe>
        {t('web.account.title')}
      </h2>
      <dl class="fields">
        <dt safe>{t('web.account.name')}</dt>
        <dd safe>{me.name}</dd>
        <dt safe>{t('web.account.email')}</dt>
        <dd safe>{me.email}</dd>
        <dt safe>{t('web.account.role')}</dt>
        <dd safe>{label(lang, 'role', me.role)}</dd>
        {me.country ? (
          <>
            <dt safe>{t('web.account.country')}</dt>
            <dd safe>{tax.name('countries', me.country)}</dd>
          </>
        ) : (
          ''
        )}
      </dl>
      <form method="post" action={page.href('/account/language')} class="inline-filter">
        <CsrfField page={page} />
        <Select
          name="language"
          label={t('web.account.language')}
          hint={t('web.account.languageHint')}
          error={errorFor(errors, 'language')}
          value={me.language}
          options={LANGUAGES.map((l) => ({ value: l, label: AUTONYMS[l], lang: l }))}
        />
        <button type="submit" class="secondary" safe>
          {t('web.account.languageSave')}
        </button>
      </form>
    </section>
  );
}

function Password({ page, errors }: { page: Page; errors: readonly FieldError[] }) {
  const { t } = page;
  return (
    <section aria-labelledby="password-title">
      <h2 id="password-title" safe>
        {t('web.account.password.title')}
      </h2>
      <form method="post" action={page.href('/account/password')} novalidate>
        <CsrfField page={page} />
        <TextInput
          name="currentPassword"
          type="password"
          label={t('web.account.password.current')}
          autocomplete="current-password"
          error={errorFor(errors, 'currentPassword')}
        />
        <TextInput
          name="newPassword"
          type="password"
          label={t('web.account.password.new')}
          hint={t('web.account.password.newHint')}
          autocomplete="new-password"
          error={errorFor(errors, 'newPassword')}
        />
        <TextInput
          name="confirmPassword"
          type="password"
          label={t('web.account.password.confirm')}
          autocomplete="new-password"
          error={errorFor(errors, 'confirmPassword')}
        />
        <div class="actions">
          <button type="submit" safe>
            {t('web.account.password.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

const when = (page: Page, iso: string | null) => (iso ? longDate(page.lang, iso) : page.t('web.account.tokens.notUsed'));

function Sessions({ page, sessions }: { page: Page; sessions: readonly Credential[] }) {
  const { t } = page;
  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title" safe>
        {t('web.account.sessions.title')}
      </h2>
      <div class="table-wrap">
        <table>
          <caption safe>{t('web.account.sessions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" safe>
                {t('web.account.sessions.device')}
              </th>
              <th scope="col" safe>
                {t('web.account.sessions.started')}
              </th>
              <th scope="col" safe>
                {t('web.account.sessions.lastUsed')}
              </th>
              <th scope="col" safe>
                {t('web.account.sessions.actions')}
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr>
                <td class="device" safe>
                  {s.userAgent ?? t('web.account.sessions.unknownDevice')}
                </td>
                <td safe>{longDate(page.lang, s.createdAt)}</td>
                <td safe>{when(page, s.lastUsedAt)}</td>
                <td>
                  {s.current ? (
                    <span class="badge" safe>
                      {t('web.account.sessions.current')}
                    </span>
                  ) : (
                    <form method="post" action={page.href(`/account/sessions/${s.id}/end`)} class="inline-form">
                      <CsrfField page={page} />
                      <button type="submit" class="secondary" aria-label={t('web.account.sessions.endNamed', { date: longDate(page.lang, s.createdAt) })} safe>
                        {t('web.account.sessions.end')}
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Tokens({
  page,
  tokens,
  errors,
  values,
  created,
}: { page: Page; tokens: readonly Credential[] } & Pick<AccountProps, 'values' | 'created'> & { errors: readonly FieldError[] }) {
  const { t } = page;
  return (
    <section aria-labelledby="tokens-title">
      <h2 id="tokens-title" safe>
        {t('web.account.tokens.title')}
      </h2>
      <p safe>{t('web.account.tokens.intro')}</p>
      {created ? (
        <div class="notice new-token" role="status">
          <h3 safe>{t('web.account.tokens.created', { name: created.name })}</h3>
          <p safe>{t('web.account.tokens.createdOnce', { date: longDate(page.lang, created.expiresAt) })}</p>
          <p>
            <code class="secret" safe>
              {created.token}
            </code>
          </p>
        </div>
      ) : (
        ''
      )}
      {tokens.length === 0 ? (
        <p safe>{t('web.account.tokens.none')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <caption safe>{t('web.account.tokens.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" safe>
                  {t('web.account.tokens.name')}
                </th>
                <th scope="col" safe>
                  {t('web.account.tokens.prefix')}
                </th>
                <th scope="col" safe>
                  {t('web.account.tokens.expires')}
                </th>
                <th scope="col" safe>
                  {t('web.account.sessions.lastUsed')}
                </th>
                <th scope="col" safe>
                  {t('web.account.sessions.actions')}
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((k) => (
                <tr>
                  <td safe>{k.name}</td>
                  <td>
                    <code safe>{`${k.prefix}…`}</code>
                  </td>
                  <td>{k.expiresAt ? <span safe>{longDate(page.lang, k.expiresAt)}</span> : ''}</td>
                  <td safe>{when(page, k.lastUsedAt)}</td>
                  <td>
                    <form method="post" action={page.href(`/account/tokens/${k.id}/revoke`)} class="inline-form">
                      <CsrfField page={page} />
                      <button type="submit" class="danger" aria-label={t('web.account.tokens.revokeNamed', { name: k.name })} safe>
                        {t('web.account.tokens.revoke')}
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form method="post" action={page.href('/account/tokens')} novalidate>
        <CsrfField page={page} />
        <h3 safe>{t('web.account.tokens.create')}</h3>
        <TextInput
          name="tokenName"
          label={t('web.account.tokens.name')}
          hint={t('web.account.tokens.nameHint')}
          error={errorFor(errors, 'tokenName')}
          value={values?.tokenName}
          maxlength={100}
        />
        <TextInput
          name="tokenDays"
          type="number"
          label={t('web.account.tokens.days')}
          hint={t('web.account.tokens.daysHint')}
          error={errorFor(errors, 'tokenDays')}
          value={values?.tokenDays}
        />
        <div class="actions">
          <button type="submit" safe>
            {t('web.account.tokens.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

export function AccountPage({ page, me, tax, credentials, errors = [], values, created }: AccountProps) {
  const { t } = page;
  return (
    <Layout page={page} title={t('web.account.title')} section="account">
      <ErrorSummary page={page} errors={errors} />
      <h1 safe>{t('web.account.title')}</h1>
      <Profile page={page} me={me} tax={tax} errors={errors} />
      <Password page={page} errors={errors} />
      <Sessions page={page} sessions={credentials.filter((c) => c.kind === 'session')} />
      <Tokens page={page} tokens={credentials.filter((c) => c.kind === 'personal')} errors={errors} values={values} created={created} />
    </Layout>
  );
}

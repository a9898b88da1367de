/*
 * Signing in and out, and the person's own account. The session lives in an httpOnly
 * cookie (session.ts); signing out ends the API session too, so a copied cookie stops
 * working at once.
 */
import { isLanguage } from '@enlace/i18n';
import type { FastifyInstance } from 'fastify';
import { dataOf, type Problem } from '../api/client.js';
import { AccountPage, type AccountProps } from '../components/account-sections.js';
import { CsrfField, errorFor, type FieldError, fieldErrorsOf, TextInput, textOf } from '../components/form.js';
import { type Me, type Page, pageOf, pathId, requireMe } from '../context.js';
import { ErrorSummary, Layout } from '../layout.js';
import { sendHtml, seeOther } from '../render.js';
import { endSession, flash, startSession } from '../session.js';
import { taxonomiesFor } from '../taxonomies.js';

/** Where to go after signing in: a path of this site only, never another origin (`//evil.example`, `https:…`). */
export function localPath(next: unknown): string | undefined {
  return typeof next === 'string' && /^\/(?![/\\])[^\s]*$/.test(next) ? next : undefined;
}

/** How long the API asks a guesser to wait (its Retry-After), in whole minutes for the message. */
const waitMinutes = (response: Response) => Math.max(1, Math.ceil(Number(response.headers.get('retry-after') ?? '60') / 60));

function SignInForm({ page, email, errors, next }: { page: Page; email?: string | undefined; errors: readonly FieldError[]; next?: string | undefined }) {
  const { t } = page;
  return (
    <Layout page={page} title={t('web.account.signIn.title')} section="sign-in">
      <ErrorSummary page={page} errors={errors} />
      <h1 safe>{t('web.account.signIn.title')}</h1>
      <p safe>{t('web.account.signIn.intro')}</p>
      <form method="post" action={page.href('/sign-in')} novalidate>
        <CsrfField page={page} />
        {next ? <input type="hidden" name="next" value={next} /> : ''}
        <TextInput
          name="email"
          type="email"
          label={t('web.account.signIn.email')}
          value={email}
          autocomplete="username"
          required
          error={errorFor(errors, 'email')}
        />
        <TextInput
          name="password"
          type="password"
          label={t('web.account.signIn.password')}
          autocomplete="current-password"
          required
          error={errorFor(errors, 'password')}
        />
        <div class="actions">
          <button type="submit" safe>
            {t('web.account.signIn.submit')}
          </button>
        </div>
      </form>
      <p safe>{t('web.account.signIn.noAccount')}</p>
    </Layout>
  );
}

export async function accountPages(app: FastifyInstance) {
  app.get<{ Querystring: { next?: string } }>('/sign-in', async (req, reply) => {
    const page = await pageOf(req, reply);
    const next = localPath(req.query.next);
    if (page.me) return seeOther(reply, next ?? page.href('/desk'));
    return sendHtml(reply, <SignInForm page={page} errors={[]} next={next} />);
  });

  app.post<{ Body: Record<string, unknown> }>('/sign-in', async (req, reply) => {
    const page = await pageOf(req, reply);
    const { t } = page;
    const email = textOf(req.body.email);
    const password = typeof req.body.password === 'string' ? req.body.password : '';
    const next = localPath(req.body.next);
    const missing: FieldError[] = [
      ...(email ? [] : [{ field: 'email', message: t('web.account.signIn.emailMissing') }]),
      ...(password ? [] : [{ field: 'password', message: t('web.account.signIn.passwordMissing') }]),
    ];
    if (missing.length > 0) return sendHtml(reply, <SignInForm page={page} email={email} errors={missing} next={next} />, 400);

    const { data, response } = await page.api.POST('/v1/auth/sign-in', { body: { email: email!, password } });
    if (!data) {
      if (response.status === 429) {
        const minutes = waitMinutes(response);
        return sendHtml(
          reply,
          <SignInForm page={page} email={email} errors={[{ field: 'email', message: t('web.account.signIn.wait', { minutes }) }]} next={next} />,
          429,
        );
      }
      if (response.status === 400 || response.status === 401)
        return sendHtml(reply, <SignInForm page={page} email={email} errors={[{ field: 'email', message: t('web.account.signIn.wrong') }]} next={next} />, 401);
      dataOf({ data, response });
    }
    const { token, expiresAt, user } = data!;
    startSession(reply, token, expiresAt);
    flash(reply, 'web.account.signedIn');
    // Home in the person's own language, unless they were on their way somewhere.
    const own = ['es', 'en', 'pt', 'fr'].includes(user.language) ? user.language : page.lang;
    return seeOther(reply, next ?? `/${own}/desk`);
  });

  app.post('/sign-out', async (req, reply) => {
    const page = await pageOf(req, reply);
    // The API session ends first; the cookie goes whatever the API answered.
    if (page.me) await page.api.POST('/v1/auth/sign-out', {});
    endSession(reply);
    flash(reply, 'web.account.signedOut');
    return seeOther(reply, page.href('/'));
  });

  /** The account page as it is now, with what a refused form left. */
  async function accountPage(page: Page, me: Me, extra: Omit<AccountProps, 'page' | 'me' | 'tax' | 'credentials'> = {}) {
    const [tax, credentials] = await Promise.all([taxonomiesFor(app, page.lang), page.api.GET('/v1/me/tokens', {}).then(dataOf)]);
    return <AccountPage page={page} me={me} tax={tax} credentials={credentials.items} {...extra} />;
  }

  app.get('/account', async (req, reply) => {
    const page = await pageOf(req, reply);
    return sendHtml(reply, await accountPage(page, requireMe(page)));
  });

  app.post<{ Body: Record<string, unknown> }>('/account/language', async (req, reply) => {
    const page = await pageOf(req, reply);
    const me = requireMe(page);
    const language = textOf(req.body.language);
    if (!isLanguage(language))
      return sendHtml(
        reply,
        await accountPage(page, me, {
          errors: [{ field: 'language', message: page.t('web.layout.fieldError.invalid', { field: page.t('web.account.language') }) }],
        }),
        400,
      );
    dataOf(await page.api.PATCH('/v1/me', { body: { language } }));
    flash(reply, 'web.account.flash.language');
    // The account page again, now in the language chosen.
    return seeOther(reply, `/${language}/account`);
  });

  app.post<{ Body: Record<string, unknown> }>('/account/password', async (req, reply) => {
    const page = await pageOf(req, reply);
    const me = requireMe(page);
    const { t } = page;
    const field = (name: string) => (typeof req.body[name] === 'string' ? (req.body[name] as string) : '');
    const [currentPassword, newPassword, confirm] = [field('currentPassword'), field('newPassword'), field('confirmPassword')];
    const errors: FieldError[] = [
      ...(currentPassword ? [] : [{ field: 'currentPassword', message: t('web.account.password.missing') }]),
      ...(newPassword.length >= 10 ? [] : [{ field: 'newPassword', message: t('web.account.password.short') }]),
      ...(newPassword.length >= 10 && confirm !== newPassword ? [{ field: 'confirmPassword', message: t('web.account.password.mismatch') }] : []),
    ];
    let status = 400;
    if (errors.length === 0) {
      const res = await page.api.POST('/v1/me/password', { body: { currentPassword, newPassword } });
      if (res.response.ok) {
        flash(reply, 'web.account.flash.password');
        return seeOther(reply, page.href('/account'));
      }
      if (res.response.status === 429) {
        const minutes = waitMinutes(res.response);
        status = 429;
        errors.push({ field: 'currentPassword', message: t('web.account.signIn.wait', { minutes }) });
      } else if (res.response.status === 400) {
        errors.push(
          ...fieldErrorsOf(
            page,
            res.error as Problem,
            { currentPassword: t('web.account.password.current'), newPassword: t('web.account.password.new') },
            {
              wrong_password: t('web.account.password.wrong'),
              same_password: t('web.account.password.same'),
              'newPassword:too_small': t('web.account.password.short'),
            },
          ),
        );
      } else dataOf(res);
    }
    return sendHtml(reply, await accountPage(page, me, { errors }), status);
  });

  app.post<{ Params: { id: string } }>('/account/sessions/:id/end', async (req, reply) => {
    const page = await pageOf(req, reply);
    requireMe(page);
    await revoke(page, req.params.id);
    flash(reply, 'web.account.flash.sessionEnded');
    return seeOther(reply, page.href('/account'));
  });

  app.post<{ Params: { id: string } }>('/account/tokens/:id/revoke', async (req, reply) => {
    const page = await pageOf(req, reply);
    requireMe(page);
    await revoke(page, req.params.id);
    flash(reply, 'web.account.flash.tokenRevoked');
    return seeOther(reply, page.href('/account'));
  });

  app.post<{ Body: Record<string, unknown> }>('/account/tokens', async (req, reply) => {
    const page = await pageOf(req, reply);
    const me = requireMe(page);
    const { t } = page;
    const name = textOf(req.body.tokenName);
    const daysText = textOf(req.body.tokenDays);
    const days = daysText === undefined ? undefined : Number(daysText);
    const values = { tokenName: name ?? '', tokenDays: daysText ?? '' };
    const errors: FieldError[] = [
      ...(name ? [] : [{ field: 'tokenName', message: t('web.account.tokens.nameMissing') }]),
      ...(days === undefined || (Number.isInteger(days) && days >= 1) ? [] : [{ field: 'tokenDays', message: t('web.account.tokens.daysInvalid') }]),
    ];
    if (errors.length === 0) {
      const res = await page.api.POST('/v1/me/tokens', { body: { name: name!, ...(days !== undefined ? { days } : {}) } });
      if (res.data) {
        // The secret is in this answer only: never cached, never in a redirect's URL.
        reply.header('cache-control', 'no-store');
        return sendHtml(reply, await accountPage(page, me, { created: { name: res.data.name, token: res.data.token, expiresAt: res.data.expiresAt } }), 201);
      }
      if (res.response.status !== 400) dataOf(res);
      errors.push(
        ...fieldErrorsOf(page, res.error as Problem, { tokenName: t('web.account.tokens.name'), tokenDays: t('web.account.tokens.days') }, {}).map((e) => ({
          ...e,
          field: e.field === 'name' ? 'tokenName' : e.field === 'days' ? 'tokenDays' : e.field,
          message: e.field === 'days' ? t('web.account.tokens.daysInvalid') : e.message,
        })),
      );
    }
    return sendHtml(reply, await accountPage(page, me, { errors, values }), 400);
  });
}

/** Ends one of the person's own sessions or tokens; the API answers 404 for anyone else's. */
async function revoke(page: Page, id: string) {
  const res = await page.api.DELETE('/v1/me/tokens/{id}', { params: { path: { id: pathId(id) } } });
  if (!res.response.ok) dataOf(res);
}

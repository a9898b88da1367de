/*
 * Signing in and out, and the person's own account. The session lives in an httpOnly
 * cookie (session.ts); signing out ends the API session too, so a copied cookie stops
 * working at once.
 */
import { label } from '@enlace/i18n';
import type { FastifyInstance } from 'fastify';
import { dataOf } from '../api/client.js';
import { CsrfField, errorFor, type FieldError, TextInput, textOf } from '../components/form.js';
import { type Page, pageOf, requireMe } from '../context.js';
import { ErrorSummary, Layout } from '../layout.js';
import { sendHtml, seeOther } from '../render.js';
import { endSession, flash, startSession } from '../session.js';
import { taxonomiesFor } from '../taxonomies.js';

/** Where to go after signing in: a path of this site only, never another origin (`//evil.example`, `https:…`). */
export function localPath(next: unknown): string | undefined {
  return typeof next === 'string' && /^\/(?![/\\])[^\s]*$/.test(next) ? next : undefined;
}

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
    if (page.me) return seeOther(reply, next ?? page.href('/'));
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
        const minutes = Math.max(1, Math.ceil(Number(response.headers.get('retry-after') ?? '60') / 60));
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
    return seeOther(reply, next ?? `/${own}/`);
  });

  app.post('/sign-out', async (req, reply) => {
    const page = await pageOf(req, reply);
    // The API session ends first; the cookie goes whatever the API answered.
    if (page.me) await page.api.POST('/v1/auth/sign-out', {});
    endSession(reply);
    flash(reply, 'web.account.signedOut');
    return seeOther(reply, page.href('/'));
  });

  app.get('/account', async (req, reply) => {
    const page = await pageOf(req, reply);
    const me = requireMe(page);
    const { t, lang } = page;
    const tax = await taxonomiesFor(app, lang);
    return sendHtml(
      reply,
      <Layout page={page} title={t('web.account.title')} section="account">
        <h1 safe>{t('web.account.title')}</h1>
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
      </Layout>,
    );
  });
}

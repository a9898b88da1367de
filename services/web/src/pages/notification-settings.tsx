/*
 * How a person is notified: channels, immediately or in a digest at an hour (and day)
 * they choose, which new matches (sectors, SDGs, lowest score), the language, and a
 * webhook whose signing secret is shown once, when it is made or renewed. The API
 * checks every value (a webhook address must be public); its field errors come back
 * next to the fields.
 */
import { labelsOf, LANGUAGES, percent } from '@enlace/i18n';
import type { FastifyInstance } from 'fastify';
import { dataOf, type Problem, type Schemas } from '../api/client.js';
import { Choices, CsrfField, errorFor, type FieldError, fieldErrorsOf, listOf, Select, textOf, TextInput } from '../components/form.js';
import { type Page, pageOf, requireMe } from '../context.js';
import { AUTONYMS, ErrorSummary, Layout } from '../layout.js';
import { sendHtml, seeOther } from '../render.js';
import { flash } from '../session.js';
import { type Taxonomies, taxonomiesFor } from '../taxonomies.js';

type Subscription = Schemas['Subscription'];
type Choice = Schemas['SubscriptionChoiceInput'];

const SCORES = [0, 0.5, 0.6, 0.7, 0.8, 0.9];
/** ISO weekdays 1–7 (Monday first); 2024-01-01 was a Monday. */
const weekdayName = (lang: string, d: number) => new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, d)));

/** The form as the browser sent it, as the API's body (codes as ticked; the API checks each). */
function choiceOf(body: Record<string, unknown>, current: Subscription): Choice {
  const int = (v: unknown, fallback: number) => {
    const n = Number(textOf(v));
    return Number.isInteger(n) ? n : fallback;
  };
  return {
    channels: listOf(body.channels) as Choice['channels'],
    frequency: (textOf(body.frequency) ?? 'immediate') as Choice['frequency'],
    sectors: listOf(body.sectors) as Choice['sectors'],
    sdgGoals: listOf(body.sdgGoals).map(Number),
    minScore: Number(textOf(body.minScore) ?? '0'),
    language: (textOf(body.language) ?? current.language) as Choice['language'],
    digestHour: int(body.digestHour, current.digestHour),
    digestWeekday: int(body.digestWeekday, current.digestWeekday),
    burstMinutes: int(body.burstMinutes, current.burstMinutes),
    // Sent as typed (the API names a bad number); left empty, the current value stays.
    dailySuggestionEmails: textOf(body.dailySuggestionEmails) === undefined ? current.dailySuggestionEmails : Number(textOf(body.dailySuggestionEmails)),
    webhookUrl: textOf(body.webhookUrl) ?? null,
  };
}

interface SettingsProps {
  readonly page: Page;
  readonly tax: Taxonomies;
  readonly s: Subscription | Choice;
  readonly errors?: readonly FieldError[];
  readonly secret?: string | undefined;
}

function SettingsPage({ page, tax, s, errors = [], secret }: SettingsProps) {
  const { t, lang } = page;
  const err = (name: string) => errorFor(errors, name);
  return (
    <Layout page={page} title={t('web.inbox.settings.title')} section="inbox">
      <ErrorSummary page={page} errors={errors} />
      <h1 safe>{t('web.inbox.settings.title')}</h1>
      <p safe>{t('web.inbox.settings.intro')}</p>
      {secret ? (
        <div class="notice new-token" role="status">
          <h2 safe>{t('web.inbox.settings.secret')}</h2>
          <p safe>{t('web.inbox.settings.secretOnce')}</p>
          <p>
            <code class="secret" safe>
              {secret}
            </code>
          </p>
        </div>
      ) : (
        ''
      )}
      <form method="post" action={page.href('/inbox/settings')} novalidate>
        <CsrfField page={page} />
        <Choices
          name="channels"
          label={t('web.inbox.settings.channels')}
          hint={t('web.inbox.settings.channelsHint')}
          error={err('channels')}
          values={s.channels}
          options={labelsOf(lang, 'channel').map((c) => ({ value: c.code, label: c.label }))}
        />
        <Choices
          name="frequency"
          type="radio"
          label={t('web.inbox.settings.frequency')}
          hint={t('web.inbox.settings.frequencyHint')}
          error={err('frequency')}
          values={[s.frequency]}
          options={labelsOf(lang, 'frequency').map((f) => ({ value: f.code, label: f.label }))}
        />
        <Select
          name="digestHour"
          label={t('web.inbox.settings.digestHour')}
          error={err('digestHour')}
          value={String(s.digestHour)}
          options={Array.from({ length: 24 }, (_, h) => ({ value: String(h), label: `${String(h).padStart(2, '0')}:00 UTC` }))}
        />
        <Select
          name="digestWeekday"
          label={t('web.inbox.settings.digestWeekday')}
          error={err('digestWeekday')}
          value={String(s.digestWeekday)}
          options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: weekdayName(lang, d) }))}
        />
        <fieldset class="form-section">
          <legend safe>{t('web.inbox.settings.bursts')}</legend>
          <p class="hint" safe>
            {t('web.inbox.settings.burstsHint')}
          </p>
          <Select
            name="burstMinutes"
            label={t('web.inbox.settings.burstMinutes')}
            error={err('burstMinutes')}
            value={String(s.burstMinutes)}
            options={[...new Set([5, 10, 15, 30, 60, 120, 240, s.burstMinutes])]
              .sort((a, b) => a - b)
              .map((m) => ({ value: String(m), label: t('web.inbox.settings.minutes', { count: m }) }))}
          />
          <TextInput
            name="dailySuggestionEmails"
            type="number"
            label={t('web.inbox.settings.dailySuggestionEmails')}
            hint={t('web.inbox.settings.dailySuggestionEmailsHint')}
            error={err('dailySuggestionEmails')}
            value={String(s.dailySuggestionEmails)}
          />
        </fieldset>
        <Select
          name="language"
          label={t('web.inbox.settings.language')}
          error={err('language')}
          value={s.language}
          options={LANGUAGES.map((l) => ({ value: l, label: AUTONYMS[l], lang: l }))}
        />
        <fieldset class="form-section">
          <legend safe>{t('web.inbox.settings.filters')}</legend>
          <p class="hint" safe>
            {t('web.inbox.settings.filtersHint')}
          </p>
          <details class="picker" open={s.sectors.length > 0 ? true : undefined}>
            <summary safe>{t('web.inbox.settings.sectors')}</summary>
            <Choices
              name="sectors"
              label={t('web.inbox.settings.sectors')}
              error={err('sectors')}
              values={s.sectors}
              options={tax.sectors.map((x) => ({ value: x.code, label: x.name }))}
            />
          </details>
          <details class="picker" open={s.sdgGoals.length > 0 ? true : undefined}>
            <summary safe>{t('web.inbox.settings.sdgGoals')}</summary>
            <Choices
              name="sdgGoals"
              label={t('web.inbox.settings.sdgGoals')}
              error={err('sdgGoals')}
              values={s.sdgGoals.map(String)}
              options={tax.sdgGoals.map((g) => ({ value: String(g.goal), label: `${g.goal}. ${g.name}` }))}
            />
          </details>
          <Select
            name="minScore"
            label={t('web.inbox.settings.minScore')}
            error={err('minScore')}
            value={String(SCORES.includes(s.minScore) ? s.minScore : 0)}
            options={SCORES.map((x) => ({
              value: String(x),
              label: x === 0 ? t('web.inbox.settings.anyScore') : t('web.inbox.settings.atLeast', { score: percent(lang, x) }),
            }))}
          />
        </fieldset>
        <fieldset class="form-section">
          <legend safe>{t('web.inbox.settings.webhook')}</legend>
          <TextInput
            name="webhookUrl"
            type="url"
            label={t('web.inbox.settings.webhookUrl')}
            hint={t('web.inbox.settings.webhookHint')}
            error={err('webhookUrl')}
            value={s.webhookUrl ?? ''}
          />
          {'hasWebhookSecret' in s && s.hasWebhookSecret ? (
            <div class="checkboxes">
              <label>
                <input type="checkbox" name="rotateWebhookSecret" value="true" />
                <span safe>{t('web.inbox.settings.rotate')}</span>
              </label>
            </div>
          ) : (
            ''
          )}
        </fieldset>
        <div class="actions">
          <button type="submit" safe>
            {t('web.inbox.settings.save')}
          </button>
        </div>
      </form>
    </Layout>
  );
}

export async function notificationSettingsPages(app: FastifyInstance) {
  app.get('/inbox/settings', async (req, reply) => {
    const page = await pageOf(req, reply);
    requireMe(page);
    const [tax, s] = await Promise.all([taxonomiesFor(app, page.lang), page.api.GET('/v1/me/subscription', {}).then(dataOf)]);
    return sendHtml(reply, <SettingsPage page={page} tax={tax} s={s} />);
  });

  app.post<{ Body: Record<string, unknown> }>('/inbox/settings', async (req, reply) => {
    const page = await pageOf(req, reply);
    requireMe(page);
    const { t } = page;
    const [tax, current] = await Promise.all([taxonomiesFor(app, page.lang), page.api.GET('/v1/me/subscription', {}).then(dataOf)]);
    const choice = choiceOf(req.body, current);
    const rotate = req.body.rotateWebhookSecret === 'true';
    const res = await page.api.PUT('/v1/me/subscription', { params: { query: rotate ? { rotateWebhookSecret: 'true' } : {} }, body: choice });
    if (res.response.status === 400) {
      const labels = {
        channels: t('web.inbox.settings.channels'),
        frequency: t('web.inbox.settings.frequency'),
        digestHour: t('web.inbox.settings.digestHour'),
        burstMinutes: t('web.inbox.settings.burstMinutes'),
        dailySuggestionEmails: t('web.inbox.settings.dailySuggestionEmails'),
        digestWeekday: t('web.inbox.settings.digestWeekday'),
        language: t('web.inbox.settings.language'),
        sectors: t('web.inbox.settings.sectors'),
        sdgGoals: t('web.inbox.settings.sdgGoals'),
        minScore: t('web.inbox.settings.minScore'),
        webhookUrl: t('web.inbox.settings.webhookUrl'),
      };
      const errors = fieldErrorsOf(page, res.error as Problem, labels);
      return sendHtml(reply, <SettingsPage page={page} tax={tax} s={choice} errors={errors} />, 400);
    }
    const saved = dataOf(res);
    if (saved.webhookSecret) {
      // The secret is in this answer only: never cached, never in a URL.
      reply.header('cache-control', 'no-store');
      return sendHtml(reply, <SettingsPage page={page} tax={tax} s={saved} secret={saved.webhookSecret} />);
    }
    flash(reply, 'web.inbox.settings.saved');
    return seeOther(reply, page.href('/inbox/settings'));
  });
}

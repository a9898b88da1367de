/*
 * The form staff write a campaign with: its kind, who it writes to (groupings, countries,
 * a live condition, roles), its goal, its calendar and a message per language, with the
 * placeholders the API fills listed beside the messages. The preview button saves the
 * draft and shows the message as a chosen country reads it in a chosen language: a plain
 * submit without JavaScript, refreshed in place by htmx when the draft exists already.
 */
import { PLACEHOLDERS } from '@enlace/domain';
import { labelsOf, LANGUAGES, type MessageKey } from '@enlace/i18n';
import type { Page } from '../context.js';
import { AUTONYMS, ErrorSummary } from '../layout.js';
import type { Taxonomies } from '../taxonomies.js';
import {
  audienceCountries,
  bodyField,
  CAMPAIGN_KINDS,
  type CampaignForm,
  CONDITIONS,
  languageName,
  LISTING_KINDS,
  type Preview,
  ROLES,
  subjectField,
} from './campaign-form.js';
import { Choices, CsrfField, errorFor, type FieldError, Select, TextArea, TextInput } from './form.js';

/** The placeholders a message may use, each with what it becomes. */
function Placeholders({ page }: { page: Page }) {
  const { t } = page;
  return (
    <div class="notice placeholders" id="placeholders">
      <h3 safe>{t('web.campaigns.form.placeholders')}</h3>
      <p class="hint" safe>
        {t('web.campaigns.form.placeholdersHint')}
      </p>
      <dl class="pair">
        {PLACEHOLDERS.map((p) => (
          <>
            <dt>
              <code safe>{`{{${p}}}`}</code>
            </dt>
            <dd safe>{t(`web.campaigns.placeholder.${p}` as MessageKey)}</dd>
          </>
        ))}
      </dl>
    </div>
  );
}

function PreviewResult({ page, tax, preview }: { page: Page; tax: Taxonomies; preview: Preview }) {
  const { t } = page;
  const r = preview.result;
  return (
    <section id="preview" aria-labelledby="preview-title" tabindex="-1" aria-live="polite">
      {r ? (
        <>
          <h2 id="preview-title" safe>
            {t('web.campaigns.preview.title', { country: tax.name('countries', preview.country), language: languageName(page, preview.lang) })}
          </h2>
          {r.language !== preview.lang ? (
            <p class="notice" safe>
              {t('web.campaigns.preview.fallback', { language: languageName(page, preview.lang), used: languageName(page, r.language) })}
            </p>
          ) : (
            ''
          )}
          <div class="card preview" lang={r.language}>
            <p>
              <strong safe>{t('web.campaigns.preview.subject')}</strong> <span safe>{r.subject}</span>
            </p>
            <div class="message-body" safe>
              {r.body}
            </div>
          </div>
          <p class="meta">
            <span safe>{t('web.campaigns.preview.link')}</span> <code safe>{r.link}</code>
          </p>
        </>
      ) : (
        <h2 id="preview-title" class="visually-hidden" safe>
          {t('web.campaigns.preview.heading')}
        </h2>
      )}
    </section>
  );
}

export interface CampaignFormProps {
  readonly page: Page;
  readonly tax: Taxonomies;
  readonly form: CampaignForm;
  readonly errors: readonly FieldError[];
  /** Where the form posts: `/campaigns/new` or `/campaigns/{id}/edit`. */
  readonly action: string;
  /** The draft being edited; absent for a new campaign. */
  readonly campaignId?: string | undefined;
  readonly preview: Preview;
}

/** The whole editor: error summary, form and preview, in one block htmx can swap. */
export function CampaignEditor({ page, tax, form, errors, action, campaignId, preview }: CampaignFormProps) {
  const { t, lang } = page;
  const err = (name: string) => errorFor(errors, name);
  // The countries the organisations Enlace serves cover (OAS, SELA, SEGIB…), and their subregions, plus whatever is chosen already.
  const covered = new Set(tax.countryGroups.filter((g) => g.kind === 'membership').flatMap((g) => g.members));
  const byName = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, lang);
  const allCountries = tax.countries.map((c) => ({ value: c.code, label: c.name })).sort(byName);
  const countryOptions = allCountries.filter((c) => covered.has(c.value) || form.countries.includes(c.value));
  const groupOptions = [
    ...tax.countryGroups.map((g) => ({ value: g.code, label: t('web.campaigns.form.groupOption', { name: g.name, count: g.members.length }) })),
    ...tax.subregions
      .filter((s) => s.countries.some((c) => covered.has(c)) || form.groups.includes(s.code))
      .map((s) => ({ value: s.code, label: t('web.campaigns.form.groupOption', { name: s.name, count: s.countries.length }) })),
  ];
  const languageOptions = LANGUAGES.map((l) => ({ value: l, label: AUTONYMS[l], lang: l }));
  const audience = audienceCountries(tax, form);
  const previewCountries = audience.length > 0 ? allCountries.filter((c) => audience.includes(c.value)) : countryOptions;
  // With htmx, previewing an existing draft saves it and swaps this block only; without, the page reloads at the preview.
  const inPlace = campaignId
    ? {
        'hx-post': action,
        'hx-vals': '{"intent":"preview"}',
        'hx-target': '#campaign-editor',
        'hx-select': '#campaign-editor',
        'hx-swap': 'outerHTML show:#preview:top',
      }
    : {};
  return (
    <div id="campaign-editor">
      <ErrorSummary page={page} errors={errors} />
      <form method="post" action={action} novalidate class="campaign-form">
        <CsrfField page={page} />
        <fieldset class="form-section">
          <legend safe>{t('web.campaigns.form.section.about')}</legend>
          <TextInput
            name="name"
            label={t('web.campaigns.form.name')}
            hint={t('web.campaigns.form.nameHint')}
            error={err('name')}
            value={form.name}
            maxlength={200}
          />
          <Choices
            name="kind"
            type="radio"
            label={t('web.campaigns.form.kind')}
            hint={t('web.campaigns.form.kindHint')}
            error={err('kind')}
            values={[form.kind]}
            options={CAMPAIGN_KINDS.map((k) => ({ value: k, label: t(`web.campaigns.kindOption.${k}`) }))}
          />
        </fieldset>
        <fieldset class="form-section">
          <legend safe>{t('web.campaigns.form.section.audience')}</legend>
          <p class="hint" safe>
            {t('web.campaigns.form.audienceHint')}
          </p>
          <details class="picker" open={form.groups.length > 0 || err('groups') ? true : undefined}>
            <summary safe>{t('web.campaigns.form.groupsSummary', { count: form.groups.length })}</summary>
            <Choices name="groups" label={t('web.campaigns.form.groups')} error={err('groups')} values={form.groups} options={groupOptions} />
          </details>
          <details class="picker" open={form.countries.length > 0 || err('countries') ? true : undefined}>
            <summary safe>{t('web.campaigns.form.countriesSummary', { count: form.countries.length })}</summary>
            <Choices name="countries" label={t('web.campaigns.form.countries')} error={err('countries')} values={form.countries} options={countryOptions} />
          </details>
          <Choices
            name="condition"
            type="radio"
            label={t('web.campaigns.form.condition')}
            hint={t('web.campaigns.form.conditionHint')}
            error={err('condition')}
            values={[form.condition]}
            options={[
              { value: '', label: t('web.campaigns.condition.none') },
              ...CONDITIONS.map((c) => ({ value: c, label: t(`web.campaigns.condition.${c}`) })),
            ]}
          />
          <Choices
            name="roles"
            label={t('web.campaigns.form.roles')}
            error={err('roles')}
            values={form.roles}
            options={labelsOf(lang, 'role')
              .filter((r) => (ROLES as readonly string[]).includes(r.code))
              .map((r) => ({ value: r.code, label: r.label }))}
          />
        </fieldset>
        <fieldset class="form-section">
          <legend safe>{t('web.campaigns.form.section.goal')}</legend>
          <p class="hint" safe>
            {t('web.campaigns.form.goalHint')}
          </p>
          <TextInput
            name="count"
            type="number"
            label={t('web.campaigns.form.count')}
            hint={t('web.campaigns.form.countHint')}
            error={err('count')}
            value={form.count}
          />
          <Choices
            name="listingKind"
            type="radio"
            label={t('web.campaigns.form.listingKind')}
            error={err('listingKind')}
            values={[form.listingKind]}
            options={LISTING_KINDS.map((k) => ({ value: k, label: t(`web.campaigns.listingKind.${k}`) }))}
          />
          <details class="picker" open={form.sectors.length > 0 || form.sdgGoals.length > 0 || err('sectors') || err('sdgGoals') ? true : undefined}>
            <summary safe>{t('web.campaigns.form.expertsSummary')}</summary>
            <Choices
              name="sectors"
              label={t('web.campaigns.form.sectors')}
              error={err('sectors')}
              values={form.sectors}
              options={tax.sectors.map((s) => ({ value: s.code, label: s.name }))}
            />
            <Choices
              name="sdgGoals"
              label={t('web.campaigns.form.sdgGoals')}
              error={err('sdgGoals')}
              values={form.sdgGoals}
              options={tax.sdgGoals.map((g) => ({ value: String(g.goal), label: `${g.goal}. ${g.name}` }))}
            />
          </details>
          <TextInput
            name="staleAfterDays"
            type="number"
            label={t('web.campaigns.form.staleAfterDays')}
            hint={t('web.campaigns.form.renewalHint')}
            error={err('staleAfterDays')}
            value={form.staleAfterDays}
          />
          <TextInput
            name="expiringWithinDays"
            type="number"
            label={t('web.campaigns.form.expiringWithinDays')}
            error={err('expiringWithinDays')}
            value={form.expiringWithinDays}
          />
        </fieldset>
        <fieldset class="form-section">
          <legend safe>{t('web.campaigns.form.section.calendar')}</legend>
          <TextInput
            name="deadline"
            type="date"
            label={t('web.campaigns.form.deadline')}
            hint={t('web.campaigns.form.deadlineHint')}
            error={err('deadline')}
            value={form.deadline}
          />
          <TextInput
            name="reminderEveryDays"
            type="number"
            label={t('web.campaigns.form.reminderEveryDays')}
            hint={t('web.campaigns.form.reminderHint')}
            error={err('reminderEveryDays')}
            value={form.reminderEveryDays}
          />
        </fieldset>
        <fieldset class="form-section">
          <legend safe>{t('web.campaigns.form.section.messages')}</legend>
          <p class="hint" safe>
            {t('web.campaigns.form.messagesHint')}
          </p>
          <Select
            name="defaultLanguage"
            label={t('web.campaigns.form.defaultLanguage')}
            hint={t('web.campaigns.form.defaultLanguageHint')}
            error={err('defaultLanguage')}
            value={form.defaultLanguage}
            options={languageOptions}
          />
          <div class="with-placeholders">
            <div>
              {LANGUAGES.map((l) => (
                <fieldset class="message-language">
                  <legend safe>{t('web.campaigns.form.messageIn', { language: languageName(page, l) })}</legend>
                  <TextInput
                    name={subjectField(l)}
                    label={t('web.campaigns.form.subject')}
                    hint={t('web.campaigns.form.subjectHint')}
                    error={err(subjectField(l))}
                    value={form.messages[l].subject}
                    lang={l}
                    maxlength={200}
                  />
                  <TextArea
                    name={bodyField(l)}
                    label={t('web.campaigns.form.body')}
                    hint={t('web.campaigns.form.bodyHint')}
                    error={err(bodyField(l))}
                    value={form.messages[l].body}
                    lang={l}
                    rows={8}
                  />
                </fieldset>
              ))}
            </div>
            <Placeholders page={page} />
          </div>
        </fieldset>
        <fieldset class="form-section">
          <legend safe>{t('web.campaigns.form.section.preview')}</legend>
          <p class="hint" safe>
            {t('web.campaigns.form.previewHint')}
          </p>
          <div class="filter-grid">
            <Select name="previewCountry" label={t('web.campaigns.form.previewCountry')} value={preview.country} options={previewCountries} />
            <Select name="previewLang" label={t('web.campaigns.form.previewLang')} value={preview.lang} options={languageOptions} />
          </div>
          <button type="submit" name="intent" value="preview" class="secondary" {...inPlace} safe>
            {t('web.campaigns.form.previewButton')}
          </button>
        </fieldset>
        <div class="actions">
          <button type="submit" name="intent" value="save" safe>
            {t('web.campaigns.form.save')}
          </button>
          <a href={page.href(campaignId ? `/campaigns/${campaignId}` : '/campaigns')} safe>
            {t('web.campaigns.form.back')}
          </a>
        </div>
      </form>
      <PreviewResult page={page} tax={tax} preview={preview} />
    </div>
  );
}

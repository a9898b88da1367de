/*
 * Registering an expert: who they are, what they know (sectors and SDG targets with the
 * listing editor's pickers), the languages they work in, and a contact that is never
 * public. A campaign's link carries the campaign, kept in a hidden field.
 */
import { LANGUAGES, type Language } from '@enlace/i18n';
import type { operations, Schemas } from '../api/client.js';

type ExpertEdit = operations['editExpert']['requestBody']['content']['application/json'];
import type { Page } from '../context.js';
import { AUTONYMS, ErrorSummary, Layout } from '../layout.js';
import type { Taxonomies } from '../taxonomies.js';
import { Choices, CsrfField, errorFor, type FieldError, listOf, Select, TextArea, TextInput, textOf } from './form.js';
import { SectorPicker, TargetPicker } from './listing-form.js';

export interface ExpertForm {
  readonly name?: string | undefined;
  readonly country?: string | undefined;
  readonly institutionName?: string | undefined;
  readonly institutionAcronym?: string | undefined;
  readonly institutionType?: string | undefined;
  readonly sectors: readonly string[];
  readonly sdgTargets: readonly string[];
  readonly workingLanguages: readonly string[];
  readonly availability?: string | undefined;
  readonly profile?: string | undefined;
  readonly language: string;
  readonly contactName?: string | undefined;
  readonly contactEmail?: string | undefined;
  readonly campaignId?: string | undefined;
}

export function formFromBody(body: Record<string, unknown>, lang: Language): ExpertForm {
  return {
    name: textOf(body.name),
    country: textOf(body.country),
    institutionName: textOf(body['institution.name']),
    institutionAcronym: textOf(body['institution.acronym']),
    institutionType: textOf(body['institution.type']),
    sectors: listOf(body.sectors),
    sdgTargets: listOf(body.sdgTargets),
    workingLanguages: listOf(body.workingLanguages),
    availability: textOf(body.availability),
    profile: textOf(body.profile),
    language: textOf(body.language) ?? lang,
    contactName: textOf(body['contact.name']),
    contactEmail: textOf(body['contact.email']),
    campaignId: textOf(body.campaignId),
  };
}

/** The API's registration, from the form: what was left empty is left out, for the API to name. */
export function registrationOf(f: ExpertForm): Schemas['ExpertRegistrationInput'] {
  return {
    name: f.name,
    country: f.country,
    institution: {
      name: f.institutionName,
      ...(f.institutionAcronym ? { acronym: f.institutionAcronym } : {}),
      ...(f.institutionType ? { type: f.institutionType } : {}),
    },
    sectors: f.sectors,
    sdgTargets: f.sdgTargets,
    workingLanguages: f.workingLanguages,
    ...(f.availability ? { availability: f.availability } : {}),
    profile: f.profile,
    language: f.language,
    contact: { name: f.contactName, email: f.contactEmail },
    ...(f.campaignId ? { campaignId: f.campaignId } : {}),
  } as Schemas['ExpertRegistrationInput'];
}

/** The form's field names, as the API names them in its errors. */
export function expertFieldLabels(page: Page): Record<string, string> {
  const { t } = page;
  return {
    name: t('web.roster.register.name'),
    country: t('web.roster.register.country'),
    'institution.name': t('web.roster.register.institutionName'),
    'institution.acronym': t('web.roster.register.institutionAcronym'),
    'institution.type': t('web.roster.register.institutionType'),
    sectors: t('web.roster.sectors'),
    sdgTargets: t('web.roster.sdgTargets'),
    workingLanguages: t('web.roster.register.workingLanguages'),
    availability: t('web.roster.register.availability'),
    profile: t('web.roster.register.profile'),
    language: t('web.roster.register.language'),
    'contact.name': t('web.roster.register.contactName'),
    'contact.email': t('web.roster.register.contactEmail'),
  };
}

/** Precise messages for the fields people most often get wrong, whatever the API's code. */
export function expertFieldMessages(page: Page): Record<string, string> {
  const { t } = page;
  const out: Record<string, string> = {};
  const each = (field: string, message: string) => {
    for (const code of ['required', 'invalid_type', 'too_small', 'too_big', 'invalid_value', 'invalid_format', 'custom']) out[`${field}:${code}`] = message;
  };
  each('name', t('web.roster.error.name'));
  each('country', t('web.roster.error.country'));
  each('institution.name', t('web.roster.error.institution'));
  each('sectors', t('web.roster.error.sectors'));
  each('profile', t('web.roster.error.profile'));
  each('workingLanguages', t('web.roster.error.workingLanguages'));
  each('contact.name', t('web.roster.error.contactName'));
  each('contact.email', t('web.roster.error.contactEmail'));
  return out;
}

/** The expert's registration as the form shows it, to correct it. */
export function formFromExpert(e: Schemas['Expert']): ExpertForm {
  return {
    name: e.name,
    country: e.country,
    institutionName: e.institution?.name,
    institutionAcronym: e.institution?.acronym ?? undefined,
    institutionType: e.institution?.type ?? undefined,
    sectors: e.sectors,
    sdgTargets: e.sdgTargets,
    workingLanguages: e.workingLanguages,
    availability: e.availability ?? undefined,
    profile: e.profile,
    language: e.language,
    contactName: e.contact?.name,
    contactEmail: e.contact?.email,
  };
}

/** The API's correction, from the form: every field but the country, an empty availability cleared. */
export function editOf(f: ExpertForm): ExpertEdit {
  const { country: _country, campaignId: _campaign, ...registration } = registrationOf(f) as Record<string, unknown>;
  return { ...registration, availability: f.availability ?? null } as ExpertEdit;
}

/**
 * The registration form; with `editing`, the same form corrects an existing expert
 * (the country, which decides who reviews them, is shown but not asked).
 */
export function RegistrationPage({
  page,
  tax,
  form,
  errors,
  editing,
}: {
  page: Page;
  tax: Taxonomies;
  form: ExpertForm;
  errors: readonly FieldError[];
  /** `action` and `intro` stand in for the reviewers' form when the expert corrects their own registration. */
  editing?: { id: string; name: string; action?: string; title?: string; intro?: string } | undefined;
}) {
  const { t } = page;
  const err = (name: string) => errorFor(errors, name);
  const languages = LANGUAGES.map((l) => ({ value: l, label: AUTONYMS[l], lang: l }));
  const title = editing ? (editing.title ?? t('web.roster.edit.title', { name: editing.name })) : t('web.roster.register.title');
  return (
    <Layout page={page} title={title} section="experts">
      <h1 safe>{title}</h1>
      <ErrorSummary page={page} errors={errors} />
      <p safe>{editing ? (editing.intro ?? t('web.roster.edit.intro')) : t('web.roster.register.intro')}</p>
      {form.campaignId ? (
        <p class="notice" safe>
          {t('web.roster.register.campaign')}
        </p>
      ) : (
        ''
      )}
      <form method="post" action={page.href(editing ? (editing.action ?? `/experts/${editing.id}/edit`) : '/experts/register')} novalidate>
        <CsrfField page={page} />
        {form.campaignId ? <input type="hidden" name="campaignId" value={form.campaignId} /> : ''}
        <fieldset class="form-section">
          <legend safe>{t('web.roster.register.section.who')}</legend>
          <TextInput name="name" label={t('web.roster.register.name')} error={err('name')} value={form.name} autocomplete="name" maxlength={200} />
          {editing ? (
            <p safe>{`${t('web.roster.register.country')}: ${tax.name('countries', form.country ?? '')}`}</p>
          ) : (
            <Select
              name="country"
              label={t('web.roster.register.country')}
              error={err('country')}
              value={form.country}
              options={tax.countries.map((c) => ({ value: c.code, label: c.name }))}
              blank={t('web.roster.register.chooseCountry')}
            />
          )}
          <TextInput
            name="institution.name"
            label={t('web.roster.register.institutionName')}
            error={err('institution.name')}
            value={form.institutionName}
            maxlength={200}
          />
          <TextInput
            name="institution.acronym"
            label={t('web.roster.register.institutionAcronym')}
            error={err('institution.acronym')}
            value={form.institutionAcronym}
            maxlength={30}
          />
          <Select
            name="institution.type"
            label={t('web.roster.register.institutionType')}
            error={err('institution.type')}
            value={form.institutionType}
            options={tax.institutionTypes.map((i) => ({ value: i.code, label: i.name }))}
            blank={t('web.roster.register.noChoice')}
          />
        </fieldset>
        <fieldset class="form-section">
          <legend safe>{t('web.roster.register.section.what')}</legend>
          <TextArea
            name="profile"
            label={t('web.roster.register.profile')}
            hint={t('web.roster.register.profileHint')}
            error={err('profile')}
            value={form.profile}
            lang={form.language}
            rows={8}
            maxlength={3000}
          />
          <Select name="language" label={t('web.roster.register.language')} error={err('language')} value={form.language} options={languages} />
          <SectorPicker page={page} tax={tax} values={form.sectors} error={err('sectors')} />
          <TargetPicker page={page} tax={tax} values={form.sdgTargets} error={err('sdgTargets')} />
          <Choices
            name="workingLanguages"
            label={t('web.roster.register.workingLanguages')}
            error={err('workingLanguages')}
            values={form.workingLanguages}
            options={languages}
          />
          <TextInput
            name="availability"
            label={t('web.roster.register.availability')}
            hint={t('web.roster.register.availabilityHint')}
            error={err('availability')}
            value={form.availability}
            maxlength={500}
          />
        </fieldset>
        <fieldset class="form-section">
          <legend safe>{t('web.roster.register.section.contact')}</legend>
          <TextInput name="contact.name" label={t('web.roster.register.contactName')} error={err('contact.name')} value={form.contactName} maxlength={200} />
          <TextInput
            name="contact.email"
            type="email"
            label={t('web.roster.register.contactEmail')}
            error={err('contact.email')}
            value={form.contactEmail}
            autocomplete="email"
          />
        </fieldset>
        <div class="actions">
          <button type="submit" safe>
            {editing ? t('web.roster.edit.submit') : t('web.roster.register.submit')}
          </button>
        </div>
      </form>
    </Layout>
  );
}

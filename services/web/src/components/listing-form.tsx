/*
 * The guided form for an offer or a demand: what the person typed (`ListingForm`, kept
 * as text so that a refused form comes back exactly as it was sent), how it becomes the
 * API's body, and the fields themselves. Every picker is a plain checkbox group, SDG
 * targets folded in a <details> per goal, so the form works without JavaScript.
 */
import { LANGUAGES, type Language } from '@enlace/i18n';
import type { Schemas } from '../api/client.js';
import type { Page } from '../context.js';
import { AUTONYMS, ErrorSummary } from '../layout.js';
import type { Taxonomies } from '../taxonomies.js';
import { Choices, CsrfField, errorFor, type FieldError, listOf, Select, TextArea, TextInput, textOf } from './form.js';

export type Kind = 'offer' | 'demand';

export interface ListingForm {
  kind: Kind;
  title: string;
  description: string;
  language: string;
  country: string;
  institutionName: string;
  institutionAcronym: string;
  institutionType: string;
  sectors: string[];
  sdgGoals: string[];
  sdgTargets: string[];
  modalities: string[];
  cooperationTypes: string[];
  deliveryFormats: string[];
  workingLanguages: string[];
  targetCountries: string[];
  validFrom: string;
  validUntil: string;
  keywords: string;
  contactName: string;
  contactEmail: string;
}

const LISTS = ['sectors', 'sdgGoals', 'sdgTargets', 'modalities', 'cooperationTypes', 'deliveryFormats', 'workingLanguages', 'targetCountries'] as const;

export const kindOf = (value: unknown): Kind => (textOf(value) === 'demand' ? 'demand' : 'offer');

export function emptyForm(kind: Kind, lang: Language, country: string): ListingForm {
  return {
    kind,
    title: '',
    description: '',
    language: lang,
    country,
    institutionName: '',
    institutionAcronym: '',
    institutionType: '',
    sectors: [],
    sdgGoals: [],
    sdgTargets: [],
    modalities: [],
    cooperationTypes: [],
    deliveryFormats: [],
    workingLanguages: [],
    targetCountries: [],
    validFrom: '',
    validUntil: '',
    keywords: '',
    contactName: '',
    contactEmail: '',
  };
}

/** What the browser sent, as typed (untrimmed text is trimmed only when sent to the API). */
export function formFromBody(body: Record<string, unknown>, fallback: ListingForm): ListingForm {
  const text = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
  const form: ListingForm = {
    ...fallback,
    kind: body.kind === undefined ? fallback.kind : kindOf(body.kind),
    title: text('title'),
    description: text('description'),
    language: text('language') || fallback.language,
    country: text('country') || fallback.country,
    institutionName: text('institution.name'),
    institutionAcronym: text('institution.acronym'),
    institutionType: text('institution.type'),
    validFrom: text('validFrom'),
    validUntil: text('validUntil'),
    keywords: text('keywords'),
    contactName: text('contact.name'),
    contactEmail: text('contact.email'),
  };
  for (const list of LISTS) form[list] = listOf(body[list]);
  return form;
}

type Content = Schemas['Listing'] | NonNullable<Schemas['Listing']['pendingRevision']>['content'];

/** A listing's content (or its pending revision's) as the form shows it. */
export function formFromContent(kind: Kind, c: Content): ListingForm {
  return {
    kind,
    title: c.title,
    description: c.description,
    language: c.language,
    country: c.country,
    institutionName: c.institution.name,
    institutionAcronym: c.institution.acronym ?? '',
    institutionType: c.institution.type ?? '',
    sectors: [...c.sectors],
    sdgGoals: (c.sdgGoals ?? []).map(String),
    sdgTargets: [...(c.sdgTargets ?? [])],
    modalities: [...(c.modalities ?? [])],
    cooperationTypes: [...(c.cooperationTypes ?? [])],
    deliveryFormats: [...(c.deliveryFormats ?? [])],
    workingLanguages: [...(c.workingLanguages ?? [])],
    targetCountries: [...(c.targetCountries ?? [])],
    validFrom: c.validFrom ?? '',
    validUntil: c.validUntil ?? '',
    keywords: (c.keywords ?? []).join(', '),
    contactName: c.contact?.name ?? '',
    contactEmail: c.contact?.email ?? '',
  };
}

/**
 * The content as the API takes it. Required text goes as typed (empty too) so that the
 * API names what is missing; an empty optional field is `clear` (undefined to create,
 * null to change, which clears it).
 */
type DraftContent = Omit<Schemas['ListingDraftInput'], 'kind' | 'country' | 'externalId'>;
export function contentOf(form: ListingForm, clear: undefined): DraftContent;
export function contentOf(form: ListingForm, clear: null): Schemas['ListingChangeInput'];
export function contentOf(form: ListingForm, clear: undefined | null): DraftContent | Schemas['ListingChangeInput'] {
  const opt = (v: string) => textOf(v) ?? clear;
  const list = (v: string[]) => (v.length > 0 ? v : clear);
  const keywords = form.keywords
    .split(/[,\n]/)
    .map((k) => k.trim())
    .filter(Boolean);
  const contact = textOf(form.contactName) || textOf(form.contactEmail) ? { name: form.contactName.trim(), email: form.contactEmail.trim() } : clear;
  return {
    title: form.title,
    description: form.description,
    language: form.language as Language,
    institution: {
      name: form.institutionName,
      ...(textOf(form.institutionAcronym) ? { acronym: form.institutionAcronym.trim() } : {}),
      ...(textOf(form.institutionType) ? { type: form.institutionType } : {}),
    },
    sectors: form.sectors,
    sdgGoals: form.sdgGoals.length > 0 ? form.sdgGoals.map(Number) : clear,
    sdgTargets: list(form.sdgTargets),
    modalities: list(form.modalities),
    cooperationTypes: list(form.cooperationTypes),
    deliveryFormats: list(form.deliveryFormats),
    workingLanguages: form.workingLanguages.length > 0 ? (form.workingLanguages as Language[]) : clear,
    targetCountries: list(form.targetCountries),
    validFrom: opt(form.validFrom),
    validUntil: opt(form.validUntil),
    keywords: keywords.length > 0 ? keywords : clear,
    contact,
    // The codes are what the person ticked in lists the API gave; the API checks each one.
  } as DraftContent | Schemas['ListingChangeInput'];
}

/** The form's field names, as the API names them in its errors. */
export function fieldLabels(page: Page): Record<string, string> {
  const { t } = page;
  return {
    kind: t('web.editor.kind'),
    title: t('web.editor.title'),
    description: t('web.editor.description'),
    language: t('web.editor.language'),
    country: t('web.editor.country'),
    'institution.name': t('web.editor.institutionName'),
    'institution.acronym': t('web.editor.institutionAcronym'),
    'institution.type': t('web.editor.institutionType'),
    sectors: t('web.editor.sectors'),
    sdgGoals: t('web.editor.sdgGoals'),
    sdgTargets: t('web.editor.sdgTargets'),
    modalities: t('web.editor.modalities'),
    cooperationTypes: t('web.editor.cooperationTypes'),
    deliveryFormats: t('web.editor.deliveryFormats'),
    workingLanguages: t('web.editor.workingLanguages'),
    targetCountries: t('web.editor.targetCountries'),
    validFrom: t('web.editor.validFrom'),
    validUntil: t('web.editor.validUntil'),
    keywords: t('web.editor.keywords'),
    'contact.name': t('web.editor.contactName'),
    'contact.email': t('web.editor.contactEmail'),
  };
}

/** Precise messages for the fields people most often get wrong, whatever the API's code. */
export function fieldMessages(page: Page): Record<string, string> {
  const { t } = page;
  const out: Record<string, string> = {};
  const each = (field: string, message: string) => {
    for (const code of ['required', 'invalid_type', 'too_small', 'too_big', 'invalid_value', 'invalid_format', 'custom']) out[`${field}:${code}`] = message;
  };
  each('kind', t('web.editor.error.kind'));
  each('title', t('web.editor.error.title'));
  each('description', t('web.editor.error.description'));
  each('language', t('web.editor.error.language'));
  each('country', t('web.editor.error.country'));
  each('institution.name', t('web.editor.error.institutionName'));
  each('sectors', t('web.editor.error.sectors'));
  each('contact.email', t('web.editor.error.contactEmail'));
  each('validFrom', t('web.editor.error.date'));
  each('validUntil', t('web.editor.error.date'));
  out['validUntil:custom'] = t('web.editor.error.validUntil');
  return out;
}

export interface ListingFormProps {
  readonly page: Page;
  readonly tax: Taxonomies;
  readonly form: ListingForm;
  readonly errors: readonly FieldError[];
  readonly action: string;
  /** Creating: the kind and (for staff) the country can still be chosen. */
  readonly creating: boolean;
  readonly countryChoice: boolean;
  /** Whether "Save and submit for review" applies (a new listing, a draft, an expired one). */
  readonly canSubmit: boolean;
}

export function ListingFormFields({ page, tax, form, errors, action, creating, countryChoice, canSubmit }: ListingFormProps) {
  const { t } = page;
  const err = (name: string) => errorFor(errors, name);
  const kind = { kind: form.kind };
  const countryOptions = tax.countries.map((c) => ({ value: c.code, label: c.name }));
  const languageOptions = LANGUAGES.map((l) => ({ value: l, label: AUTONYMS[l], lang: l }));
  const named = (list: 'modalities' | 'cooperationTypes' | 'deliveryFormats' | 'institutionTypes') =>
    tax[list].map((item) => ({ value: item.code, label: item.name }));
  return (
    <>
      <ErrorSummary page={page} errors={errors} />
      <form method="post" action={action} novalidate aria-label={t('web.editor.formLabel')} class="listing-form">
        <CsrfField page={page} />
        {creating ? (
          <Choices
            name="kind"
            type="radio"
            label={t('web.editor.kind')}
            error={err('kind')}
            values={[form.kind]}
            options={(['offer', 'demand'] as const).map((k) => ({ value: k, label: t(`web.editor.newTitle`, { kind: k }) }))}
          />
        ) : (
          ''
        )}
        <fieldset class="form-section">
          <legend safe>{t('web.editor.section.what')}</legend>
          <TextInput
            name="title"
            label={t('web.editor.title')}
            hint={t('web.editor.titleHint', kind)}
            error={err('title')}
            value={form.title}
            lang={form.language}
            maxlength={200}
          />
          <TextArea
            name="description"
            label={t('web.editor.description')}
            hint={t('web.editor.descriptionHint')}
            error={err('description')}
            value={form.description}
            lang={form.language}
            rows={8}
          />
          <Select name="language" label={t('web.editor.language')} error={err('language')} value={form.language} options={languageOptions} />
          <TextInput
            name="keywords"
            label={t('web.editor.keywords')}
            hint={t('web.editor.keywordsHint')}
            error={err('keywords')}
            value={form.keywords}
            lang={form.language}
          />
        </fieldset>
        <fieldset class="form-section">
          <legend safe>{t('web.editor.section.who')}</legend>
          {creating && countryChoice ? (
            <Select
              name="country"
              label={t('web.editor.country')}
              error={err('country')}
              value={form.country}
              options={countryOptions}
              blank={t('web.editor.chooseCountry')}
            />
          ) : (
            <p>
              <input type="hidden" name="country" value={form.country} />
              <span safe>{t('web.editor.countryFixed', { country: tax.name('countries', form.country) })}</span>
            </p>
          )}
          <TextInput
            name="institution.name"
            label={t('web.editor.institutionName')}
            error={err('institution.name')}
            value={form.institutionName}
            maxlength={200}
          />
          <TextInput
            name="institution.acronym"
            label={t('web.editor.institutionAcronym')}
            error={err('institution.acronym')}
            value={form.institutionAcronym}
            maxlength={30}
          />
          <Select
            name="institution.type"
            label={t('web.editor.institutionType')}
            error={err('institution.type')}
            value={form.institutionType}
            options={named('institutionTypes')}
            blank={t('web.editor.noChoice')}
          />
        </fieldset>
        <fieldset class="form-section">
          <legend safe>{t('web.editor.section.themes')}</legend>
          <SectorPicker page={page} tax={tax} values={form.sectors} error={err('sectors')} />
          <Choices
            name="sdgGoals"
            label={t('web.editor.sdgGoals')}
            error={err('sdgGoals')}
            values={form.sdgGoals}
            options={tax.sdgGoals.map((g) => ({ value: String(g.goal), label: t('web.editor.goal', { goal: g.goal, name: g.name }) }))}
          />
          <TargetPicker page={page} tax={tax} values={form.sdgTargets} error={err('sdgTargets')} />
        </fieldset>
        <fieldset class="form-section">
          <legend safe>{t('web.editor.section.how')}</legend>
          <Choices name="modalities" label={t('web.editor.modalities')} error={err('modalities')} values={form.modalities} options={named('modalities')} />
          <Choices
            name="cooperationTypes"
            label={t('web.editor.cooperationTypes')}
            error={err('cooperationTypes')}
            values={form.cooperationTypes}
            options={named('cooperationTypes')}
          />
          <Choices
            name="deliveryFormats"
            label={t('web.editor.deliveryFormats')}
            error={err('deliveryFormats')}
            values={form.deliveryFormats}
            options={named('deliveryFormats')}
          />
          <Choices
            name="workingLanguages"
            label={t('web.editor.workingLanguages')}
            error={err('workingLanguages')}
            values={form.workingLanguages}
            options={languageOptions}
          />
          <details class="picker" open={form.targetCountries.length > 0 || err('targetCountries') ? true : undefined}>
            <summary safe>{t('web.editor.targetCountries')}</summary>
            <Choices
              name="targetCountries"
              label={t('web.editor.targetCountries')}
              hint={t('web.editor.targetCountriesHint', kind)}
              error={err('targetCountries')}
              values={form.targetCountries}
              options={countryOptions}
            />
          </details>
        </fieldset>
        <fieldset class="form-section">
          <legend safe>{t('web.editor.section.when')}</legend>
          <TextInput name="validFrom" type="date" label={t('web.editor.validFrom')} error={err('validFrom')} value={form.validFrom} />
          <TextInput name="validUntil" type="date" label={t('web.editor.validUntil')} error={err('validUntil')} value={form.validUntil} />
          <p class="hint" id="hint-contact" safe>
            {t('web.editor.contactHint')}
          </p>
          <TextInput name="contact.name" label={t('web.editor.contactName')} error={err('contact.name')} value={form.contactName} autocomplete="name" />
          <TextInput
            name="contact.email"
            type="email"
            label={t('web.editor.contactEmail')}
            error={err('contact.email')}
            value={form.contactEmail}
            autocomplete="email"
          />
        </fieldset>
        <div class="actions">
          {canSubmit ? (
            <>
              <button type="submit" name="intent" value="submit" safe>
                {t('web.editor.saveAndSubmit')}
              </button>
              <button type="submit" name="intent" value="save" class="secondary" safe>
                {t('web.editor.saveDraft')}
              </button>
            </>
          ) : (
            <button type="submit" name="intent" value="save" safe>
              {t('web.editor.saveChanges')}
            </button>
          )}
        </div>
      </form>
    </>
  );
}

/** Sectors as checkboxes under their sector area. */
export function SectorPicker({ page, tax, values, error }: { page: Page; tax: Taxonomies; values: readonly string[]; error: string | undefined }) {
  const { t } = page;
  return (
    <fieldset class={error ? 'field has-error' : 'field'} aria-describedby={['hint-sectors', error ? 'error-sectors' : ''].filter(Boolean).join(' ')}>
      <legend safe>{t('web.editor.sectors')}</legend>
      <p class="hint" id="hint-sectors" safe>
        {t('web.editor.sectorsHint')}
      </p>
      {error ? (
        <p class="field-error" id="error-sectors" safe>
          {error}
        </p>
      ) : (
        ''
      )}
      {tax.sectorAreas.map((area, a) => {
        const sectors = tax.sectors.filter((s) => s.area === area.code);
        return (
          <details class="picker" open={sectors.some((s) => values.includes(s.code)) ? true : undefined}>
            <summary safe>{area.name}</summary>
            <div class="checkboxes">
              {sectors.map((s, i) => (
                <label>
                  <input
                    type="checkbox"
                    name="sectors"
                    value={s.code}
                    checked={values.includes(s.code)}
                    id={a === 0 && i === 0 ? 'field-sectors' : undefined}
                  />
                  <span safe>{s.name}</span>
                </label>
              ))}
            </div>
          </details>
        );
      })}
    </fieldset>
  );
}

/** SDG targets with their texts, folded under their goal. */
export function TargetPicker({ page, tax, values, error }: { page: Page; tax: Taxonomies; values: readonly string[]; error: string | undefined }) {
  const { t } = page;
  return (
    <fieldset class={error ? 'field has-error' : 'field'} aria-describedby={['hint-sdgTargets', error ? 'error-sdgTargets' : ''].filter(Boolean).join(' ')}>
      <legend safe>{t('web.editor.sdgTargets')}</legend>
      <p class="hint" id="hint-sdgTargets" safe>
        {t('web.editor.sdgTargetsHint')}
      </p>
      {error ? (
        <p class="field-error" id="error-sdgTargets" safe>
          {error}
        </p>
      ) : (
        ''
      )}
      {tax.sdgGoals.map((g, gi) => {
        const targets = tax.sdgTargets.filter((x) => x.goal === g.goal);
        return (
          <details class="picker" open={targets.some((x) => values.includes(x.code)) ? true : undefined}>
            <summary safe>{t('web.editor.goal', { goal: g.goal, name: g.name })}</summary>
            <div class="checkboxes">
              {targets.map((x, i) => (
                <label>
                  <input
                    type="checkbox"
                    name="sdgTargets"
                    value={x.code}
                    checked={values.includes(x.code)}
                    id={gi === 0 && i === 0 ? 'field-sdgTargets' : undefined}
                  />
                  <span>
                    <strong safe>{x.code}</strong>{' '}
                    <span lang={x.textLanguage} safe>
                      {x.text}
                    </span>
                  </span>
                </label>
              ))}
            </div>
          </details>
        );
      })}
    </fieldset>
  );
}

/*
 * A campaign as its form holds it: what was typed, kept as text (`CampaignForm`) so that
 * a refused form comes back exactly as it was sent; how it becomes the API's body; and
 * how the API's field errors find their fields again, in the reader's language. The
 * fields themselves are in campaign-editor.tsx.
 */
import { PLACEHOLDERS, placeholdersIn } from '@enlace/domain';
import { LANGUAGES, type Language } from '@enlace/i18n';
import type { Problem, Schemas } from '../api/client.js';
import type { Page } from '../context.js';
import type { Taxonomies } from '../taxonomies.js';
import { type FieldError, fieldErrorsOf, listOf } from './form.js';

type Campaign = Schemas['Campaign'];
type CampaignInput = Schemas['CampaignDraftInput'];
export type CampaignKind = Campaign['kind'];

export const CAMPAIGN_KINDS: readonly CampaignKind[] = ['participation', 'expert_recruitment', 'renewal', 'announcement'];
export const CONDITIONS = ['no_published_offer', 'no_published_demand', 'no_published_listing'] as const;
export const ROLES = ['focal_point', 'agency_officer'] as const;
export const LISTING_KINDS = ['either', 'offer', 'demand'] as const;

export interface CampaignForm {
  name: string;
  kind: CampaignKind;
  groups: string[];
  countries: string[];
  condition: string;
  roles: string[];
  count: string;
  listingKind: string;
  sectors: string[];
  sdgGoals: string[];
  staleAfterDays: string;
  expiringWithinDays: string;
  deadline: string;
  reminderEveryDays: string;
  defaultLanguage: Language;
  messages: Record<Language, { subject: string; body: string }>;
}

/** The message fields of one language. */
export const subjectField = (l: Language) => `subject_${l}`;
export const bodyField = (l: Language) => `body_${l}`;

const isLanguage = (v: unknown): v is Language => (LANGUAGES as readonly unknown[]).includes(v);
const kindOf = (v: unknown): CampaignKind => ((CAMPAIGN_KINDS as readonly unknown[]).includes(v) ? (v as CampaignKind) : 'participation');

export function emptyCampaignForm(lang: Language): CampaignForm {
  return {
    name: '',
    kind: 'participation',
    groups: [],
    countries: [],
    condition: '',
    roles: [...ROLES],
    count: '1',
    listingKind: 'either',
    sectors: [],
    sdgGoals: [],
    staleAfterDays: '365',
    expiringWithinDays: '30',
    deadline: '',
    reminderEveryDays: '',
    defaultLanguage: lang,
    messages: { es: { subject: '', body: '' }, en: { subject: '', body: '' }, pt: { subject: '', body: '' }, fr: { subject: '', body: '' } },
  };
}

/** What the browser sent, as typed. */
export function campaignFormFromBody(body: Record<string, unknown>, lang: Language): CampaignForm {
  const raw = (name: string) => {
    const v = Array.isArray(body[name]) ? (body[name] as unknown[])[0] : body[name];
    return typeof v === 'string' ? v : '';
  };
  const text = (name: string) => raw(name).trim();
  const language = text('defaultLanguage');
  return {
    name: text('name'),
    kind: kindOf(text('kind')),
    groups: listOf(body.groups),
    countries: listOf(body.countries),
    condition: (CONDITIONS as readonly string[]).includes(text('condition')) ? text('condition') : '',
    roles: listOf(body.roles),
    count: text('count'),
    listingKind: text('listingKind') || 'either',
    sectors: listOf(body.sectors),
    sdgGoals: listOf(body.sdgGoals),
    staleAfterDays: text('staleAfterDays'),
    expiringWithinDays: text('expiringWithinDays'),
    deadline: text('deadline'),
    reminderEveryDays: text('reminderEveryDays'),
    defaultLanguage: isLanguage(language) ? language : lang,
    messages: Object.fromEntries(
      LANGUAGES.map((l) => [l, { subject: text(subjectField(l)), body: raw(bodyField(l)).replace(/\r\n/g, '\n').trim() }]),
    ) as CampaignForm['messages'],
  };
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const numberText = (v: unknown, fallback: string) => (typeof v === 'number' ? String(v) : fallback);

/** A saved campaign, as the form shows it. */
export function campaignFormOf(c: Campaign): CampaignForm {
  const empty = emptyCampaignForm(c.defaultLanguage);
  const a = c.audience;
  const g = c.goal;
  return {
    name: c.name,
    kind: c.kind,
    groups: strings(a.groups),
    countries: strings(a.countries),
    condition: typeof a.condition === 'string' ? a.condition : '',
    roles: a.roles === undefined ? empty.roles : strings(a.roles),
    count: numberText(g.count, empty.count),
    listingKind: typeof g.listingKind === 'string' ? g.listingKind : empty.listingKind,
    sectors: strings(g.sectors),
    sdgGoals: strings(g.sdgGoals),
    staleAfterDays: numberText(g.staleAfterDays, empty.staleAfterDays),
    expiringWithinDays: numberText(g.expiringWithinDays, empty.expiringWithinDays),
    deadline: c.deadline,
    reminderEveryDays: c.reminderEveryDays === null ? '' : String(c.reminderEveryDays),
    defaultLanguage: c.defaultLanguage,
    messages: Object.fromEntries(
      LANGUAGES.map((l) => [l, { subject: c.messages[l]?.subject ?? '', body: c.messages[l]?.body ?? '' }]),
    ) as CampaignForm['messages'],
  };
}

/** A number as typed: empty means the API's default; anything else is sent for the API to judge (NaN goes as null). */
const numberOf = (s: string, fallback: number): number => (s === '' ? fallback : Number(s));

/** The API's body. Only languages with something written are sent. */
export function campaignInputOf(f: CampaignForm): CampaignInput {
  return {
    name: f.name,
    kind: f.kind,
    audience: {
      groups: f.groups,
      countries: f.countries,
      condition: (f.condition || null) as CampaignInput['audience']['condition'],
      roles: f.roles as CampaignInput['audience']['roles'],
    },
    goal: {
      count: numberOf(f.count, 1),
      listingKind: f.listingKind as CampaignInput['goal']['listingKind'],
      sectors: f.sectors as CampaignInput['goal']['sectors'],
      sdgGoals: f.sdgGoals.map(Number),
      staleAfterDays: numberOf(f.staleAfterDays, 365),
      expiringWithinDays: numberOf(f.expiringWithinDays, 30),
    },
    messages: Object.fromEntries(LANGUAGES.filter((l) => f.messages[l].subject !== '' || f.messages[l].body !== '').map((l) => [l, f.messages[l]])),
    defaultLanguage: f.defaultLanguage,
    deadline: f.deadline,
    reminderEveryDays: f.reminderEveryDays === '' ? null : Number(f.reminderEveryDays),
  };
}

/** Where an API field error belongs in the form (`audience.groups.2` → `groups`, `messages.fr.body` → `body_fr`). */
function formFieldOf(apiField: string, f: CampaignForm): string {
  const parts = apiField.split('.');
  const [head, second, third] = parts;
  if (head === 'audience') return second === 'countries' || second === 'condition' || second === 'roles' ? second : 'groups';
  if (head === 'goal' && second) return second;
  if (head === 'messages') {
    if (isLanguage(second)) return third === 'body' ? bodyField(second) : subjectField(second);
    return subjectField(f.defaultLanguage);
  }
  return head ?? apiField;
}

/** A language's name in the reader's language, for sentences ("Message in French"). */
export const languageName = (page: Page, l: Language) => page.t(`language.${l}`);

/** The labels the error summary names fields by. */
function fieldLabels(page: Page): Record<string, string> {
  const { t } = page;
  const labels: Record<string, string> = {
    name: t('web.campaigns.form.name'),
    kind: t('web.campaigns.form.kind'),
    groups: t('web.campaigns.form.groups'),
    countries: t('web.campaigns.form.countries'),
    condition: t('web.campaigns.form.condition'),
    roles: t('web.campaigns.form.roles'),
    count: t('web.campaigns.form.count'),
    listingKind: t('web.campaigns.form.listingKind'),
    sectors: t('web.campaigns.form.sectors'),
    sdgGoals: t('web.campaigns.form.sdgGoals'),
    staleAfterDays: t('web.campaigns.form.staleAfterDays'),
    expiringWithinDays: t('web.campaigns.form.expiringWithinDays'),
    deadline: t('web.campaigns.form.deadline'),
    reminderEveryDays: t('web.campaigns.form.reminderEveryDays'),
    defaultLanguage: t('web.campaigns.form.defaultLanguage'),
  };
  for (const l of LANGUAGES) {
    labels[subjectField(l)] = t('web.campaigns.form.subjectIn', { language: languageName(page, l) });
    labels[bodyField(l)] = t('web.campaigns.form.bodyIn', { language: languageName(page, l) });
  }
  return labels;
}

/** The API's 400 as messages by the fields, in the reader's language. */
export function campaignErrorsOf(page: Page, problem: Problem | undefined, f: CampaignForm): FieldError[] {
  const { t } = page;
  const labels = fieldLabels(page);
  const messages: Record<string, string> = {
    'name:too_small': t('web.campaigns.error.name'),
    'name:too_big': t('web.campaigns.error.nameLong'),
    'groups:custom': t('web.campaigns.error.audience'),
    'countries:custom': t('web.campaigns.error.audience'),
    'roles:too_small': t('web.campaigns.error.roles'),
    'reminderEveryDays:custom': t('web.campaigns.error.announcementReminders'),
  };
  for (const field of ['deadline'])
    for (const code of ['invalid_format', 'invalid_type', 'invalid_string']) messages[`${field}:${code}`] = t('web.campaigns.error.deadline');
  for (const field of ['count', 'staleAfterDays', 'expiringWithinDays', 'reminderEveryDays'])
    for (const code of ['invalid_type', 'too_small', 'too_big']) messages[`${field}:${code}`] = t('web.campaigns.error.number', { field: labels[field]! });
  for (const l of LANGUAGES) {
    for (const [field, text] of [
      [subjectField(l), f.messages[l].subject],
      [bodyField(l), f.messages[l].body],
    ] as const) {
      const unknown = placeholdersIn(text).filter((p) => !(PLACEHOLDERS as readonly string[]).includes(p));
      if (unknown.length > 0) messages[`${field}:custom`] = t('web.campaigns.error.placeholder', { placeholders: unknown.map((p) => `{{${p}}}`).join(', ') });
    }
    messages[`${subjectField(l)}:too_small`] = t('web.campaigns.error.subjectShort', { language: languageName(page, l) });
    messages[`${bodyField(l)}:too_small`] = t('web.campaigns.error.bodyShort', { language: languageName(page, l) });
  }
  // No message in the default language: said at its subject, unless the subject's own error says more.
  const main = subjectField(f.defaultLanguage);
  messages[`${main}:custom`] ??= t('web.campaigns.error.defaultMessage', { language: languageName(page, f.defaultLanguage) });
  const moved = problem ? { ...problem, errors: (problem.errors ?? []).map((e) => ({ ...e, field: formFieldOf(e.field, f) })) } : undefined;
  return fieldErrorsOf(page, moved, labels, messages);
}

/** The countries an audience names (groupings' members and countries), for the preview's choice. */
export function audienceCountries(tax: Taxonomies, f: Pick<CampaignForm, 'groups' | 'countries'>): string[] {
  const members = new Map<string, readonly string[]>([
    ...tax.countryGroups.map((g) => [g.code, g.members] as const),
    ...tax.subregions.map((s) => [s.code, s.countries] as const),
  ]);
  return [...new Set([...f.countries, ...f.groups.flatMap((g) => members.get(g) ?? [])])];
}

export interface Preview {
  readonly country: string;
  readonly lang: Language;
  /** The message as the API writes it, once there is a saved draft to preview. */
  readonly result?: { language: Language; subject: string; body: string; link: string } | undefined;
}

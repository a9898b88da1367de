/*
 * Success stories as people read them: a card in the list, the story itself (in the
 * reader's language when the API could translate it, marked, the original one click
 * away), the record of both countries' consent, the steps the API allows the reader
 * now, and the form that drafts or edits one. Everything a person wrote is escaped.
 */
import { type Language, LANGUAGES, longDate, t as translate, type MessageKey } from '@enlace/i18n';
import { canDraftStory } from '@enlace/domain';
import type { Schemas } from '../api/client.js';
import type { Page } from '../context.js';
import type { Taxonomies } from '../taxonomies.js';
import { CsrfField, errorFor, type FieldError, Select, TextArea, TextInput } from './form.js';

export type Story = Schemas['SuccessStory'];

/** The text shown: the translation into the reader's language when there is one and the original was not asked for. */
export function shownText(story: Story, original: boolean) {
  const tr = !original ? story.translation : null;
  return {
    lang: tr ? tr.language : story.language,
    machine: tr !== null,
    title: tr?.title ?? story.title,
    summary: tr?.summary ?? story.summary,
    results: tr?.results ?? story.results,
    lessons: tr?.lessons ?? story.lessons,
    testimonial: tr ? tr.testimonial : story.testimonial,
  };
}

const languageName = (page: Page, code: Language) => translate(page.lang, `language.${code}`);

export function StatusBadge({ page, story }: { page: Page; story: Story }) {
  if (story.status === 'published') return '';
  return (
    <span class="badge attention" safe>
      {page.t(`web.stories.state.${story.status}` as MessageKey)}
    </span>
  );
}

function MachineNote({ page, story }: { page: Page; story: Story }) {
  return (
    <span class="meta">
      <span class="badge" safe>
        {page.t('web.layout.machineTranslated')}
      </span>{' '}
      <span safe>{page.t('web.stories.machine', { language: languageName(page, story.language) })}</span>
    </span>
  );
}

export function StoryCard({ page, tax, story }: { page: Page; tax: Taxonomies; story: Story }) {
  const { t, lang } = page;
  const text = shownText(story, false);
  return (
    <li class="card">
      <h2 class="card-title" lang={text.lang}>
        <a href={page.href(`/stories/${story.id}`)} safe>
          {text.title}
        </a>
      </h2>
      <p class="meta">
        <span safe>{t('web.stories.between', { provider: tax.name('countries', story.provider), recipient: tax.name('countries', story.recipient) })}</span>
        {story.publishedAt ? (
          <>
            {' · '}
            <span safe>{t('web.stories.publishedOn', { date: longDate(lang, story.publishedAt.slice(0, 10)) })}</span>
          </>
        ) : (
          ''
        )}{' '}
        <StatusBadge page={page} story={story} />
      </p>
      <p lang={text.lang} safe>
        {text.summary}
      </p>
      {text.machine ? (
        <p>
          <MachineNote page={page} story={story} />
        </p>
      ) : (
        ''
      )}
    </li>
  );
}

/** The story's own words, section by section. */
export function StoryArticle({ page, tax, story, original }: { page: Page; tax: Taxonomies; story: Story; original: boolean }) {
  const { t, lang } = page;
  const text = shownText(story, original);
  const foreign = story.language !== lang;
  return (
    <article class="story" lang={text.lang}>
      <h1 safe>{text.title}</h1>
      {foreign ? (
        <p class="translation-note" lang={lang}>
          {text.machine ? <MachineNote page={page} story={story} /> : ''}{' '}
          {text.machine ? (
            <a href={page.href(`/stories/${story.id}?original=1`)} safe>
              {t('web.stories.original', { language: languageName(page, story.language) })}
            </a>
          ) : story.translation ? (
            <a href={page.href(`/stories/${story.id}`)} safe>
              {t('web.stories.translated')}
            </a>
          ) : (
            <span safe>{t('web.stories.untranslated', { language: languageName(page, story.language) })}</span>
          )}
        </p>
      ) : (
        ''
      )}
      <dl class="fields" lang={lang}>
        <dt safe>{t('web.stories.provider')}</dt>
        <dd safe>{tax.name('countries', story.provider)}</dd>
        <dt safe>{t('web.stories.recipient')}</dt>
        <dd safe>{tax.name('countries', story.recipient)}</dd>
        <dt safe>{t('web.stories.sectors')}</dt>
        <dd safe>{story.sectors.map((s) => tax.name('sectors', s)).join(', ')}</dd>
        <dt safe>{t('web.stories.sdgGoals')}</dt>
        <dd safe>{story.sdgGoals.map((g) => `${g}. ${tax.goalName(g)}`).join('; ')}</dd>
        {story.publishedAt ? (
          <>
            <dt safe>{t('web.stories.state.published')}</dt>
            <dd safe>{longDate(lang, story.publishedAt.slice(0, 10))}</dd>
          </>
        ) : (
          ''
        )}
      </dl>
      <h2 lang={lang} safe>
        {t('web.stories.summary')}
      </h2>
      <p class="prose" safe>
        {text.summary}
      </p>
      <h2 lang={lang} safe>
        {t('web.stories.results')}
      </h2>
      <p class="prose" safe>
        {text.results}
      </p>
      <h2 lang={lang} safe>
        {t('web.stories.lessons')}
      </h2>
      <p class="prose" safe>
        {text.lessons}
      </p>
      {text.testimonial ? (
        <figure class="testimonial">
          <figcaption class="visually-hidden" lang={lang} safe>
            {t('web.stories.testimonial')}
          </figcaption>
          <blockquote>
            <p safe>{text.testimonial}</p>
          </blockquote>
          {story.testimonialBy ? (
            <p class="meta" lang={story.language} safe>
              {`— ${story.testimonialBy}`}
            </p>
          ) : (
            ''
          )}
        </figure>
      ) : (
        ''
      )}
    </article>
  );
}

/** Where a story stands, for those who may see it before it is public. */
export function StoryBanner({ page, tax, story }: { page: Page; tax: Taxonomies; story: Story }) {
  const { t, lang } = page;
  const names = { provider: tax.name('countries', story.provider), recipient: tax.name('countries', story.recipient) };
  if (story.status === 'published') return '';
  const text =
    story.status === 'withdrawn'
      ? t('web.stories.banner.withdrawn', { date: longDate(lang, (story.withdrawnAt ?? story.updatedAt).slice(0, 10)), reason: story.withdrawnReason ?? '' })
      : t(`web.stories.banner.${story.status}`, names);
  return (
    <div class="notice" role="status">
      <p safe>{text}</p>
    </div>
  );
}

/** Each country's consent to the current version. */
export function ConsentRecord({ page, tax, story }: { page: Page; tax: Taxonomies; story: Story }) {
  const { t, lang } = page;
  return (
    <section aria-labelledby="consent-title">
      <h2 id="consent-title" safe>
        {t('web.stories.consent')}
      </h2>
      <ul>
        {story.approvals.map((a) => (
          <li>
            <span safe>
              {a.approvedAt
                ? t('web.stories.consent.given', { country: tax.name('countries', a.country), date: longDate(lang, a.approvedAt.slice(0, 10)) })
                : t('web.stories.consent.waiting', { country: tax.name('countries', a.country) })}
            </span>
            {a.note ? (
              <blockquote>
                <p safe>{a.note}</p>
              </blockquote>
            ) : (
              ''
            )}
          </li>
        ))}
      </ul>
      <p class="hint" safe>
        {t('web.stories.consent.version', { version: story.version })}
      </p>
    </section>
  );
}

/** The steps the API allows the reader now, each a plain form. */
export function StoryActions(props: {
  page: Page;
  tax: Taxonomies;
  story: Story;
  errors: readonly FieldError[];
  values: Readonly<Record<string, string | undefined>>;
}) {
  const { page, tax, story, errors, values } = props;
  const { t, me } = page;
  if (story.actions.length === 0) return '';
  const action = (name: string) => page.href(`/stories/${story.id}/${name}`);
  const country = me?.country ? tax.name('countries', me.country) : '';
  return (
    <section aria-labelledby="actions-title">
      <h2 id="actions-title" safe>
        {t('web.stories.actions')}
      </h2>
      {story.actions.includes('edit') ? (
        <p>
          <a class="button secondary" href={action('edit')} safe>
            {t('web.stories.edit')}
          </a>
        </p>
      ) : (
        ''
      )}
      {story.actions.includes('submit') ? (
        <form method="post" action={action('submit')}>
          <CsrfField page={page} />
          <p class="hint" safe>
            {t('web.stories.submit.hint')}
          </p>
          <button type="submit" safe>
            {t('web.stories.submit')}
          </button>
        </form>
      ) : (
        ''
      )}
      {story.actions.includes('approve') ? (
        <form method="post" action={action('approve')} novalidate>
          <CsrfField page={page} />
          <p class="hint" safe>
            {t('web.stories.approve.hint')}
          </p>
          <TextArea name="note" label={t('web.stories.approve.note')} rows={3} value={values.note} error={errorFor(errors, 'note')} maxlength={1000} />
          <button type="submit" safe>
            {t('web.stories.approve', { country })}
          </button>
        </form>
      ) : (
        ''
      )}
      {story.actions.includes('withdraw') ? (
        <details open={errorFor(errors, 'reason') ? true : undefined}>
          <summary safe>{t('web.stories.withdraw')}</summary>
          <form method="post" action={action('withdraw')} novalidate>
            <CsrfField page={page} />
            <TextArea
              name="reason"
              label={t('web.stories.withdraw.reason')}
              hint={t('web.stories.withdraw.hint')}
              rows={3}
              value={values.reason}
              error={errorFor(errors, 'reason')}
              maxlength={1000}
            />
            <button type="submit" class="danger" safe>
              {t('web.stories.withdraw')}
            </button>
          </form>
        </details>
      ) : (
        ''
      )}
    </section>
  );
}

export const STORY_FIELDS = ['language', 'title', 'summary', 'results', 'lessons', 'testimonial', 'testimonialBy'] as const;
export type StoryValues = Partial<Record<(typeof STORY_FIELDS)[number], string>>;

/** The draft or edit form; `action` is where it posts. */
export function StoryForm(props: { page: Page; action: string; values: StoryValues; errors: readonly FieldError[]; editing: boolean; reapproval: boolean }) {
  const { page, action, values, errors, editing, reapproval } = props;
  const { t } = page;
  const error = (name: string) => errorFor(errors, name);
  const lang = values.language;
  return (
    <form method="post" action={action} novalidate class="story-form">
      <CsrfField page={page} />
      <p safe>{t('web.stories.form.intro')}</p>
      {reapproval ? (
        <p class="notice" safe>
          {t('web.stories.form.reapproval')}
        </p>
      ) : (
        ''
      )}
      <Select
        name="language"
        label={t('web.stories.form.language')}
        value={values.language ?? page.lang}
        options={LANGUAGES.map((l) => ({ value: l, label: translate(page.lang, `language.${l}`) }))}
        error={error('language')}
      />
      <TextInput name="title" label={t('web.stories.form.title')} value={values.title} error={error('title')} lang={lang} maxlength={200} required />
      <TextArea
        name="summary"
        label={t('web.stories.form.summary')}
        hint={t('web.stories.form.summary.hint')}
        value={values.summary}
        error={error('summary')}
        rows={4}
        lang={lang}
        maxlength={1500}
        required
      />
      <TextArea
        name="results"
        label={t('web.stories.form.results')}
        hint={t('web.stories.form.results.hint')}
        value={values.results}
        error={error('results')}
        rows={6}
        lang={lang}
        maxlength={4000}
        required
      />
      <TextArea
        name="lessons"
        label={t('web.stories.form.lessons')}
        value={values.lessons}
        error={error('lessons')}
        rows={6}
        lang={lang}
        maxlength={4000}
        required
      />
      <TextArea
        name="testimonial"
        label={t('web.stories.form.testimonial')}
        hint={t('web.stories.form.testimonial.hint')}
        value={values.testimonial}
        error={error('testimonial')}
        rows={3}
        lang={lang}
        maxlength={1000}
      />
      <TextInput
        name="testimonialBy"
        label={t('web.stories.form.testimonialBy')}
        hint={t('web.stories.form.testimonialBy.hint')}
        value={values.testimonialBy}
        error={error('testimonialBy')}
        maxlength={200}
      />
      <button type="submit" safe>
        {editing ? t('web.stories.form.saveChanges') : t('web.stories.form.save')}
      </button>
    </form>
  );
}

/** On a completed match's page: its story, or the invitation to tell it for those who may. */
export function StoryOfMatch({ page, match, story }: { page: Page; match: Schemas['Match']; story: Story | undefined }) {
  const { t } = page;
  const may = canDraftStory(page.actor, { offer: match.offer.country, demand: match.demand.country });
  if (!story && !may) return '';
  return (
    <section aria-labelledby="story-title">
      <h2 id="story-title" safe>
        {t('web.stories.onMatch.title')}
      </h2>
      {story ? (
        <p>
          <a href={page.href(`/stories/${story.id}`)} safe>
            {t('web.stories.onMatch.read', { status: t(`web.stories.state.${story.status}` as MessageKey).toLowerCase() })}
          </a>
        </p>
      ) : (
        <>
          <p safe>{t('web.stories.onMatch.invite')}</p>
          <p>
            <a class="button" href={page.href(`/matches/${match.id}/story`)} safe>
              {t('web.stories.onMatch.draft')}
            </a>
          </p>
        </>
      )}
    </section>
  );
}

/*
 * What a match's page shows, apart from the forms: how far it has gone, the two
 * listings side by side (each with its machine translation into the reader's language),
 * the reasons, where each side stands, the terms and the outcome, and the timeline of
 * what each side did. Every text people wrote goes through `safe`.
 */
import { label, listOf, longDate, t as translate } from '@enlace/i18n';
import type { operations, Schemas } from '../api/client.js';
import type { Page } from '../context.js';
import type { Taxonomies } from '../taxonomies.js';
import { ACTIVE_STAGES } from './match-list.js';

export type MatchView = operations['getMatch']['responses'][200]['content']['application/json'];
type Listing = Schemas['Listing'];
type Translation = Schemas['ListingTranslation'];
type Side = 'offer' | 'demand';

/** One side as the page has it: the listing when the reader may still read it, and its translation. */
export interface SideView {
  readonly listing: Listing | undefined;
  readonly translation: Translation | 'unavailable' | undefined;
}

export function StageProgress({ page, match }: { page: Page; match: MatchView }) {
  const { t, lang } = page;
  if (match.stage === 'declined' || match.stage === 'dismissed')
    return (
      <p class="notice" safe>
        {t('web.matches.page.stoppedAt', { stage: label(lang, 'matchStage', match.stage).toLowerCase() })}
      </p>
    );
  const at = ACTIVE_STAGES.indexOf(match.stage);
  return (
    <nav aria-label={t('web.matches.page.progress')}>
      <ol class="stages">
        {ACTIVE_STAGES.map((s, i) => (
          <li class={i < at ? 'done' : i === at ? 'current' : undefined} aria-current={i === at ? 'step' : undefined}>
            <span safe>{label(lang, 'matchStage', s)}</span>
            {i === at ? (
              <span class="visually-hidden" safe>
                {` (${t('web.matches.page.current')})`}
              </span>
            ) : (
              ''
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

function SideColumn({ page, tax, side, match, view }: { page: Page; tax: Taxonomies; side: Side; match: MatchView; view: SideView }) {
  const { t, lang } = page;
  const ref = match[side];
  const listing = view.listing;
  const other = listing && listing.language !== lang ? listing.language : undefined;
  const headingId = `side-${side}`;
  return (
    <section aria-labelledby={headingId} class="card">
      <h2 id={headingId} safe>
        {side === 'offer' ? t('web.matches.page.offer') : t('web.matches.page.demand')}
      </h2>
      <p class="meta" safe>
        {listing ? `${tax.name('countries', ref.country)} · ${listing.institution.name}` : tax.name('countries', ref.country)}
      </p>
      <h3 lang={other} safe>
        {ref.title}
      </h3>
      {listing ? (
        <>
          <div class="prose" lang={other} safe>
            {listing.description}
          </div>
          {other && view.translation === 'unavailable' ? (
            <p class="translation" safe>
              {t('web.matches.page.translationUnavailable')}
            </p>
          ) : (
            ''
          )}
          {other && view.translation && view.translation !== 'unavailable' ? (
            <div class="translation">
              <h4 safe>{t('web.matches.page.translation', { language: translate(lang, `language.${lang}`) })}</h4>
              <p class="meta" safe>
                {t('web.matches.page.translationNotice', { language: translate(lang, `language.${listing.language}`) })}
              </p>
              <p>
                <strong safe>{view.translation.title}</strong>
              </p>
              <div class="prose" safe>
                {view.translation.description}
              </div>
            </div>
          ) : (
            ''
          )}
          <dl class="fields">
            <dt safe>{t('web.matches.filter.sector')}</dt>
            <dd safe>
              {listOf(
                lang,
                listing.sectors.map((s) => tax.name('sectors', s)),
              )}
            </dd>
            <dt safe>{t('web.matches.page.modality')}</dt>
            <dd safe>
              {listOf(
                lang,
                (listing.modalities ?? []).map((m) => tax.name('modalities', m)),
              )}
            </dd>
          </dl>
          <p>
            <a href={page.href(`/listings/${ref.id}`)} safe>
              {t('web.matches.page.readListing')}
            </a>
          </p>
        </>
      ) : (
        <p class="meta" safe>
          {t('web.matches.page.notReadable')}
        </p>
      )}
    </section>
  );
}

export function SidesSideBySide({ page, tax, match, sides }: { page: Page; tax: Taxonomies; match: MatchView; sides: Record<Side, SideView> }) {
  return (
    <div class="columns">
      <SideColumn page={page} tax={tax} side="offer" match={match} view={sides.offer} />
      <SideColumn page={page} tax={tax} side="demand" match={match} view={sides.demand} />
    </div>
  );
}

export function Reasons({ page, match }: { page: Page; match: MatchView }) {
  const { t } = page;
  return (
    <section aria-labelledby="reasons-title">
      <h2 id="reasons-title" safe>
        {t('web.matches.page.reasons')}
      </h2>
      {match.reasons.length > 0 ? (
        <ul class="reasons">
          {match.reasons.map((r) => (
            <li safe>{r.text}</li>
          ))}
        </ul>
      ) : (
        <p safe>{t('web.matches.page.noReasons')}</p>
      )}
      {match.brokered?.note ? (
        <>
          <h3 safe>{t('web.matches.page.brokerNote')}</h3>
          <blockquote safe>{match.brokered.note}</blockquote>
        </>
      ) : (
        ''
      )}
    </section>
  );
}

/** Where each side stands: its interest, its confirmation of the terms; then the terms and the outcome. */
export function Standing({ page, tax, match }: { page: Page; tax: Taxonomies; match: MatchView }) {
  const { t, lang } = page;
  const country = (side: Side) => tax.name('countries', match[side].country);
  const a = match.agreement;
  return (
    <section aria-labelledby="standing-title">
      <h2 id="standing-title" safe>
        {t('web.matches.page.sides')}
      </h2>
      <dl class="fields">
        {(['offer', 'demand'] as const).map((side) => (
          <>
            <dt safe>{country(side)}</dt>
            <dd safe>
              {match.interest[side] ? t('web.matches.page.interested', { date: longDate(lang, match.interest[side]) }) : t('web.matches.page.notYet')}
            </dd>
          </>
        ))}
      </dl>
      {a ? (
        <>
          <h3 safe>{t('web.matches.page.terms')}</h3>
          <dl class="fields">
            <dt safe>{t('web.matches.page.modality')}</dt>
            <dd safe>{tax.name('modalities', a.modality)}</dd>
            <dt safe>{t('web.matches.page.startDate')}</dt>
            <dd safe>{longDate(lang, a.startDate)}</dd>
            {a.endDate ? (
              <>
                <dt safe>{t('web.matches.page.endDate')}</dt>
                <dd safe>{longDate(lang, a.endDate)}</dd>
              </>
            ) : (
              ''
            )}
            <dt safe>{t('web.matches.page.responsibilities')}</dt>
            <dd class="prose" safe>
              {a.responsibilities}
            </dd>
          </dl>
          <ul>
            {(['offer', 'demand'] as const).map((side) => {
              const at = match.confirmations[side];
              return (
                <li safe>
                  {at
                    ? t('web.matches.page.confirmed', { country: country(side), date: longDate(lang, at) })
                    : t('web.matches.page.notConfirmed', { country: country(side) })}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        ''
      )}
      {match.outcome ? (
        <>
          <h3 safe>{t('web.matches.page.outcome')}</h3>
          <dl class="fields">
            <dt safe>{t('web.matches.page.outcomeSummary')}</dt>
            <dd class="prose" safe>
              {match.outcome.summary}
            </dd>
            <dt safe>{t('web.matches.page.lessons')}</dt>
            <dd class="prose" safe>
              {match.outcome.lessonsLearned}
            </dd>
          </dl>
        </>
      ) : (
        ''
      )}
    </section>
  );
}

export function Timeline({ page, tax, match }: { page: Page; tax: Taxonomies; match: MatchView }) {
  const { t, lang } = page;
  const who = (e: MatchView['history'][number]) => {
    const side = e.side ? tax.name('countries', match[e.side].country) : t('web.matches.page.secretariat');
    return e.actor ? t('web.matches.event.who', { name: e.actor.name, side }) : side;
  };
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title" safe>
        {t('web.matches.page.timeline')}
      </h2>
      {match.history.length === 0 ? <p safe>{t('web.matches.page.noHistory')}</p> : ''}
      <ol class="timeline">
        {match.history.map((e) => (
          <li>
            <p>
              <time datetime={e.at} safe>
                {longDate(lang, e.at)}
              </time>
              {' — '}
              <span safe>{t(`web.matches.event.${e.action}` as const, { who: who(e) })}</span>
              {'. '}
              <span class="meta" safe>
                {t('web.matches.event.stage', { stage: label(lang, 'matchStage', e.toStage) })}
              </span>
            </p>
            {e.message ? <blockquote safe>{e.message}</blockquote> : ''}
          </li>
        ))}
      </ol>
    </section>
  );
}

/*
 * A demand's candidate experts as cards: who, from where, how well they fit and why, in
 * the reader's language; the contact only when the API shows it to this reader.
 */
import { percent } from '@enlace/i18n';
import type { Schemas } from '../api/client.js';
import type { Page } from '../context.js';
import type { Taxonomies } from '../taxonomies.js';

type Candidate = Schemas['CandidateExpert'];

export function Reasons({ page, reasons }: { page: Page; reasons: readonly Schemas['MatchReason'][] }) {
  if (reasons.length === 0) return <></>;
  return (
    <>
      <p class="meta" safe>
        {page.t('web.listing.matches.reasons')}
      </p>
      <ul>
        {reasons.map((r) => (
          <li safe>{r.text}</li>
        ))}
      </ul>
    </>
  );
}

export function CandidateExperts({ page, tax, candidates }: { page: Page; tax: Taxonomies; candidates: readonly Candidate[] }) {
  const { t, lang } = page;
  return (
    <ul class="cards">
      {candidates.map(({ expert, score, reasons }) => (
        <li class="card">
          <h3>
            <a href={page.href(`/experts/${expert.id}`)} safe>
              {expert.name}
            </a>
          </h3>
          <p class="meta" safe>
            {[expert.institution?.name, tax.name('countries', expert.country), t('web.listing.matches.score', { score: percent(lang, score) })]
              .filter(Boolean)
              .join(' · ')}
          </p>
          <p lang={expert.language !== lang ? expert.language : undefined} safe>
            {expert.profile}
          </p>
          <Reasons page={page} reasons={reasons} />
          {expert.contact ? (
            <p>
              <a href={`mailto:${expert.contact.email}`} safe>
                {expert.contact.email}
              </a>
            </p>
          ) : (
            ''
          )}
        </li>
      ))}
    </ul>
  );
}

/*
 * What an expert is, as a definition list: country, institution, sectors, goals,
 * languages, availability; the contact only when the API gave it.
 */
import { listOf as joined, t as translate } from '@enlace/i18n';
import type { Schemas } from '../api/client.js';
import type { Page } from '../context.js';
import type { Taxonomies } from '../taxonomies.js';

type Expert = Schemas['Expert'];

/** What an expert is: country, institution, sectors, goals, languages; the contact only when the API gave it. */
export function ExpertFields({ page, tax, expert }: { page: Page; tax: Taxonomies; expert: Expert }) {
  const { t, lang } = page;
  const institution = expert.institution
    ? expert.institution.acronym
      ? `${expert.institution.name} (${expert.institution.acronym})`
      : expert.institution.name
    : '';
  const rows: [string, string][] = [
    [t('web.roster.country'), tax.name('countries', expert.country)],
    ...(institution ? [[t('web.roster.institution'), institution] as [string, string]] : []),
    [
      t('web.roster.sectors'),
      joined(
        lang,
        expert.sectors.map((s) => tax.name('sectors', s)),
      ),
    ],
    ...(expert.sdgTargets.length > 0 ? [[t('web.roster.sdgTargets'), expert.sdgTargets.join(', ')] as [string, string]] : []),
    ...(expert.sdgGoals.length > 0
      ? [
          [
            t('web.roster.sdgGoals'),
            joined(
              lang,
              expert.sdgGoals.map((g) => `${g} ${tax.goalName(g)}`),
            ),
          ] as [string, string],
        ]
      : []),
    [
      t('web.roster.workingLanguages'),
      joined(
        lang,
        expert.workingLanguages.map((l) => translate(lang, `language.${l}`)),
      ),
    ],
    ...(expert.availability ? [[t('web.roster.availability'), expert.availability] as [string, string]] : []),
    ...(expert.contact ? [[t('web.roster.contact'), `${expert.contact.name} <${expert.contact.email}>`] as [string, string]] : []),
  ];
  return (
    <dl class="fields">
      {rows.map(([k, v]) => (
        <>
          <dt safe>{k}</dt>
          <dd safe>{v}</dd>
        </>
      ))}
    </dl>
  );
}

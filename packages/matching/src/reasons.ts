/*
 * A match reason (score.ts) as one sentence in the reader's language. SDG goal, sector
 * and modality names come from the domain taxonomies; matched words are quoted as each
 * side wrote them, demand first.
 */
import { MODALITIES, SDG_GOALS, SECTORS, type Language } from '@enlace/domain';
import type { MatchReason, TermMatch } from './score.js';

const LANGUAGE_NAMES: Readonly<Record<Language, Readonly<Record<Language, string>>>> = {
  es: { es: 'español', en: 'inglés', pt: 'portugués', fr: 'francés' },
  en: { es: 'Spanish', en: 'English', pt: 'Portuguese', fr: 'French' },
  pt: { es: 'espanhol', en: 'inglês', pt: 'português', fr: 'francês' },
  fr: { es: 'espagnol', en: 'anglais', pt: 'portugais', fr: 'français' },
};

const QUOTES: Readonly<Record<Language, [string, string]>> = {
  es: ['«', '»'],
  en: ['“', '”'],
  pt: ['«', '»'],
  fr: ['« ', ' »'],
};

// Building an Intl.ListFormat costs a hundred times more than using one: keep one per language.
const listFormats = new Map<Language, Intl.ListFormat>();

function list(items: readonly string[], lang: Language): string {
  let format = listFormats.get(lang);
  if (!format) listFormats.set(lang, (format = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' })));
  return format.format(items);
}

/** "Asistencia técnica" → "asistencia técnica" inside a sentence (acronyms left alone). */
function lowerFirst(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

function goalName(goal: number, lang: Language): string {
  return SDG_GOALS.find((g) => g.goal === goal)?.name[lang] ?? '';
}

function sectorName(code: string, lang: Language): string {
  return SECTORS.find((s) => s.code === code)?.name[lang] ?? code;
}

function modalityName(code: string, lang: Language): string {
  return MODALITIES.find((m) => m.code === code)?.name[lang] ?? code;
}

function quoteTerm(t: TermMatch, lang: Language): string {
  const [open, close] = QUOTES[lang];
  const q = (s: string) => `${open}${s}${close}`;
  return t.demand.toLowerCase() === t.offer.toLowerCase() ? q(t.demand) : `${q(t.demand)} = ${q(t.offer)}`;
}

/** One readable sentence for a reason, in `lang`. */
export function renderReason(reason: MatchReason, lang: Language): string {
  switch (reason.kind) {
    case 'sdg_target': {
      const codes = list(reason.codes, lang);
      const many = reason.codes.length > 1;
      return {
        es: `Ambas apuntan ${many ? 'a las metas' : 'a la meta'} ODS ${codes}`,
        en: `Both address SDG ${many ? 'targets' : 'target'} ${codes}`,
        pt: `Ambas visam ${many ? 'as metas' : 'a meta'} ODS ${codes}`,
        fr: `Les deux visent ${many ? 'les cibles' : 'la cible'} ODD ${codes}`,
      }[lang];
    }
    case 'sdg_goal': {
      const goals = list(
        reason.goals.map((g) => `${g} (${goalName(g, lang)})`),
        lang,
      );
      const many = reason.goals.length > 1;
      return {
        es: `Ambas contribuyen ${many ? 'a los ODS' : 'al ODS'} ${goals}`,
        en: `Both contribute to ${many ? 'SDGs' : 'SDG'} ${goals}`,
        pt: `Ambas contribuem ${many ? 'para os ODS' : 'para o ODS'} ${goals}`,
        fr: `Les deux contribuent ${many ? 'aux ODD' : 'à l’ODD'} ${goals}`,
      }[lang];
    }
    case 'sector': {
      const names = list(
        reason.codes.map((c) => sectorName(c, lang)),
        lang,
      );
      const many = reason.codes.length > 1;
      return {
        es: `${many ? 'Mismos sectores' : 'Mismo sector'}: ${names}`,
        en: `Same ${many ? 'sectors' : 'sector'}: ${names}`,
        pt: `${many ? 'Mesmos setores' : 'Mesmo setor'}: ${names}`,
        fr: `${many ? 'Mêmes secteurs' : 'Même secteur'} : ${names}`,
      }[lang];
    }
    case 'modality': {
      const names = list(
        reason.codes.map((c) => lowerFirst(modalityName(c, lang))),
        lang,
      );
      return {
        es: `La oferta incluye lo que pide la demanda: ${names}`,
        en: `The offer provides what the demand asks for: ${names}`,
        pt: `A oferta inclui o que a demanda pede: ${names}`,
        fr: `L’offre propose ce que la demande sollicite : ${names}`,
      }[lang];
    }
    case 'working_language': {
      const names = list(
        reason.languages.map((l) => LANGUAGE_NAMES[lang][l]),
        lang,
      );
      return {
        es: `Ambas partes pueden trabajar en ${names}`,
        en: `Both sides can work in ${names}`,
        pt: `Ambas as partes podem trabalhar em ${names}`,
        fr: `Les deux parties peuvent travailler en ${names}`,
      }[lang];
    }
    case 'text': {
      if (reason.terms.length === 0) {
        return { es: 'Los textos tratan temas parecidos', en: 'The texts deal with similar subjects', pt: 'Os textos tratam de temas parecidos', fr: 'Les textes traitent de sujets proches' }[lang];
      }
      const terms = reason.terms.map((t) => quoteTerm(t, lang)).join(', ');
      return {
        es: `Los textos coinciden en ${terms}`,
        en: `The texts have in common ${terms}`,
        pt: `Os textos coincidem em ${terms}`,
        fr: `Les textes ont en commun ${terms}`,
      }[lang];
    }
  }
}

/** All reasons of a match, strongest first, as sentences in `lang`. */
export function renderReasons(reasons: readonly MatchReason[], lang: Language): string[] {
  return reasons.map((r) => renderReason(r, lang));
}

/*
 * The six kinds about a match. The reader is on the `own` side; the other side is named
 * by its listing and its country. Countries are given in brackets ("la demanda «…»
 * (Haití)") because French and Portuguese put articles before most country names
 * ("du Brésil", "do Haiti") that the names in the taxonomy do not carry.
 */
import type { Language } from '@enlace/domain';
import { type MatchReason, renderReason } from '@enlace/matching';
import type { NotificationPayload } from '../kinds.js';
import { paragraph, TITLE_MAX, type Block, type Content } from './content.js';
import { colon, percent, quote } from './format.js';
import { matchUrl, type Links } from './links.js';
import { countryName, kindNoun, LABELS, theListing, yourListing } from './strings.js';

type Pair = NotificationPayload<'match_mutual'>;

const AND: Readonly<Record<Language, string>> = { es: 'y', en: 'and', pt: 'e', fr: 'et' };

function words(p: Pair, lang: Language) {
  const country = countryName(p.counterpart.country, lang);
  const own = yourListing(p.own, lang);
  const between = `${own} ${AND[lang]} ${theListing(p.counterpart, lang)}`;
  return {
    country,
    /** "su oferta «…»", title shortened: for titles. */
    ownShort: yourListing(p.own, lang, TITLE_MAX),
    own,
    /** "su oferta «…» y la demanda «…»" */
    between,
    /** "su oferta «…» y la demanda «…» (Haití)" */
    betweenFrom: `${between} (${country})`,
  };
}

const REASON_KINDS = new Set(['sdg_target', 'sdg_goal', 'sector', 'modality', 'working_language', 'text']);

/** The reasons as sentences; one the matching package does not know, or cannot render, is left out. */
export function reasonSentences(reasons: ReadonlyArray<Record<string, unknown>>, lang: Language): string[] {
  const out: string[] = [];
  for (const reason of reasons) {
    if (typeof reason.kind !== 'string' || !REASON_KINDS.has(reason.kind)) continue;
    try {
      const sentence: unknown = renderReason(reason as unknown as MatchReason, lang);
      if (typeof sentence === 'string' && sentence !== '') out.push(sentence);
    } catch {
      // A reason stored by an older ranking with another shape: the others still say why.
    }
  }
  return out;
}

/** A quoted message with its label, when there is a message. */
function quoted(label: string, text: string | null | undefined): Block[] {
  return text && text.trim() !== '' ? [paragraph(label), { type: 'quote', text: text.trim() }] : [];
}

export function matchNewContent(p: NotificationPayload<'match_new'>, lang: Language, links: Links): Content {
  const w = words(p, lang);
  const cp = theListing(p.counterpart, lang);
  const score = percent(p.score, lang);
  const reasons = reasonSentences(p.reasons, lang);
  const L = LABELS[lang];
  return {
    title: {
      es: `Nueva coincidencia para ${w.ownShort}`,
      en: `New match for ${w.ownShort}`,
      pt: `Nova correspondência para ${w.ownShort}`,
      fr: `Nouvelle correspondance pour ${w.ownShort}`,
    }[lang],
    summary: {
      es: `Enlace ha encontrado ${cp} (${w.country}), afín a ${w.own}, con un grado de coincidencia del ${score}.`,
      en: `Enlace has found ${cp} (${w.country}), which matches ${w.own} with a score of ${score}.`,
      pt: `O Enlace encontrou ${cp} (${w.country}), compatível com ${w.own}, com grau de correspondência de ${score}.`,
      fr: `Enlace a trouvé ${cp} (${w.country}), qui correspond à ${w.own} avec un degré de correspondance de ${score}.`,
    }[lang],
    body: [
      paragraph({
        es: `Enlace ha encontrado una nueva coincidencia para ${w.own}:`,
        en: `Enlace has found a new match for ${w.own}:`,
        pt: `O Enlace encontrou uma nova correspondência para ${w.own}:`,
        fr: `Enlace a trouvé une nouvelle correspondance pour ${w.own}\u00a0:`,
      }[lang]),
      {
        type: 'facts',
        rows: [
          [kindNoun(p.counterpart.kind, lang), p.counterpart.title],
          [L.country, w.country],
          [L.score, score],
        ],
      },
      ...(reasons.length > 0 ? [paragraph(L.whyTheyMatch), { type: 'list' as const, items: reasons.map((text) => ({ text })) }] : []),
      paragraph({
        es: 'Si le interesa, puede manifestar su interés en la página de la coincidencia.',
        en: 'If it interests you, you can express your interest on the match page.',
        pt: 'Se tiver interesse, pode manifestá-lo na página da correspondência.',
        fr: 'Si elle vous intéresse, vous pouvez manifester votre intérêt sur la page de la correspondance.',
      }[lang]),
    ],
    link: matchUrl(links, p.matchId),
    action: L.viewMatch,
  };
}

export function matchInterestContent(p: NotificationPayload<'match_interest'>, lang: Language, links: Links): Content {
  const w = words(p, lang);
  const L = LABELS[lang];
  const interested = {
    es: `La otra parte (${w.country}) ha manifestado interés en la coincidencia entre ${w.between}.`,
    en: `The other side (${w.country}) is interested in the match between ${w.between}.`,
    pt: `A outra parte (${w.country}) manifestou interesse na correspondência entre ${w.between}.`,
    fr: `L’autre partie (${w.country}) a manifesté son intérêt pour la correspondance entre ${w.between}.`,
  }[lang];
  const message = p.message?.trim() ? `${L.theirMessage} ${quote(p.message, lang, 140)}` : '';
  return {
    title: {
      es: `${w.country}: interés en la coincidencia con ${w.ownShort}`,
      en: `${w.country}: interest in the match with ${w.ownShort}`,
      pt: `${w.country}: interesse na correspondência com ${w.ownShort}`,
      fr: `${w.country}\u00a0: intérêt pour la correspondance avec ${w.ownShort}`,
    }[lang],
    summary: message ? `${interested} ${message}` : interested,
    body: [
      paragraph(interested),
      ...quoted(L.theirMessage, p.message),
      paragraph({
        es: 'Si también le interesa, indíquelo en la página de la coincidencia.',
        en: 'If you are interested too, say so on the match page.',
        pt: 'Se também tiver interesse, indique-o na página da correspondência.',
        fr: 'Si elle vous intéresse également, indiquez-le sur la page de la correspondance.',
      }[lang]),
    ],
    link: matchUrl(links, p.matchId),
    action: L.reply,
  };
}

export function matchMutualContent(p: NotificationPayload<'match_mutual'>, lang: Language, links: Links): Content {
  const w = words(p, lang);
  const both = {
    es: `Ambas partes están interesadas en la coincidencia entre ${w.betweenFrom}.`,
    en: `Both sides are interested in the match between ${w.betweenFrom}.`,
    pt: `As duas partes têm interesse na correspondência entre ${w.betweenFrom}.`,
    fr: `Les deux parties sont intéressées par la correspondance entre ${w.betweenFrom}.`,
  }[lang];
  return {
    title: {
      es: `Interés mutuo en la coincidencia con ${w.ownShort}`,
      en: `Mutual interest in the match with ${w.ownShort}`,
      pt: `Interesse mútuo na correspondência com ${w.ownShort}`,
      fr: `Intérêt mutuel pour la correspondance avec ${w.ownShort}`,
    }[lang],
    summary: `${both} ${{
      es: 'El siguiente paso es acordar los términos: modalidad, fechas y quién hace qué.',
      en: 'The next step is to agree on the terms: modality, dates and who does what.',
      pt: 'O próximo passo é acordar os termos: modalidade, datas e quem faz o quê.',
      fr: 'Prochaine étape\u00a0: convenir des modalités, du calendrier et de la répartition des rôles.',
    }[lang]}`,
    body: [
      paragraph(both),
      paragraph({
        es: 'El siguiente paso es acordar con la otra parte los términos de la cooperación: la modalidad, las fechas y quién hace qué. Cuando lleguen a un acuerdo, regístrelo en la página de la coincidencia.',
        en: 'The next step is to agree with the other side on the terms of the cooperation: the modality, the dates and who does what. Once you reach an agreement, record it on the match page.',
        pt: 'O próximo passo é acordar com a outra parte os termos da cooperação: a modalidade, as datas e quem faz o quê. Quando chegarem a um acordo, registre-o na página da correspondência.',
        fr: 'La prochaine étape consiste à convenir avec l’autre partie des modalités de la coopération\u00a0: la forme qu’elle prendra, le calendrier et la répartition des rôles. Une fois l’accord trouvé, enregistrez-le sur la page de la correspondance.',
      }[lang]),
    ],
    link: matchUrl(links, p.matchId),
    action: LABELS[lang].viewMatch,
  };
}

export function matchDeclinedContent(p: NotificationPayload<'match_declined'>, lang: Language, links: Links): Content {
  const w = words(p, lang);
  const L = LABELS[lang];
  const declined = {
    es: `La otra parte (${w.country}) declinó la coincidencia entre ${w.between}.`,
    en: `The other side (${w.country}) declined the match between ${w.between}.`,
    pt: `A outra parte (${w.country}) recusou a correspondência entre ${w.between}.`,
    fr: `L’autre partie (${w.country}) a décliné la correspondance entre ${w.between}.`,
  }[lang];
  const reason = p.reason.trim() ? `${L.reasonGiven} ${quote(p.reason, lang, 140)}` : '';
  return {
    title: {
      es: `La otra parte declinó la coincidencia con ${w.ownShort}`,
      en: `The other side declined the match with ${w.ownShort}`,
      pt: `A outra parte recusou a correspondência com ${w.ownShort}`,
      fr: `L’autre partie a décliné la correspondance avec ${w.ownShort}`,
    }[lang],
    summary: reason ? `${declined} ${reason}` : declined,
    body: [paragraph(declined), ...quoted(L.reasonGiven, p.reason)],
    link: matchUrl(links, p.matchId),
    action: L.viewMatch,
  };
}

export function matchProgressContent(p: NotificationPayload<'match_progress'>, lang: Language, links: Links): Content {
  const w = words(p, lang);
  const b = w.betweenFrom;
  const stage = {
    agreed: {
      title: { es: 'Acuerdo alcanzado', en: 'Agreement reached', pt: 'Acordo alcançado', fr: 'Accord conclu' },
      said: {
        es: `Las partes acordaron los términos de la cooperación entre ${b}.`,
        en: `The two sides have agreed on the terms of the cooperation between ${b}.`,
        pt: `As partes acordaram os termos da cooperação entre ${b}.`,
        fr: `Les parties se sont entendues sur les modalités de la coopération entre ${b}.`,
      },
    },
    in_progress: {
      title: { es: 'Cooperación iniciada', en: 'Cooperation started', pt: 'Cooperação iniciada', fr: 'Coopération engagée' },
      said: {
        es: `Ha comenzado la cooperación entre ${b}.`,
        en: `The cooperation between ${b} has started.`,
        pt: `Começou a cooperação entre ${b}.`,
        fr: `La coopération entre ${b} a commencé.`,
      },
    },
    completed: {
      title: { es: 'Cooperación concluida', en: 'Cooperation completed', pt: 'Cooperação concluída', fr: 'Coopération achevée' },
      said: {
        es: `Ha concluido la cooperación entre ${b}.`,
        en: `The cooperation between ${b} has been completed.`,
        pt: `A cooperação entre ${b} foi concluída.`,
        fr: `La coopération entre ${b} est achevée.`,
      },
    },
  }[p.stage];
  const brokered = {
    es: 'Esta coincidencia fue propuesta por la Secretaría de la AICD.',
    en: 'This match was proposed by the AICD Secretariat.',
    pt: 'Esta correspondência foi proposta pela Secretaria da AICD.',
    fr: 'Cette correspondance a été proposée par le Secrétariat de l’AICD.',
  }[lang];
  const thanks = {
    es: 'Gracias por su contribución a la cooperación Sur-Sur.',
    en: 'Thank you for your contribution to South-South cooperation.',
    pt: 'Agradecemos sua contribuição para a cooperação Sul-Sul.',
    fr: 'Merci de votre contribution à la coopération Sud-Sud.',
  }[lang];
  return {
    title: `${stage.title[lang]}${colon(lang)} ${w.ownShort}`,
    summary: stage.said[lang],
    body: [
      paragraph(stage.said[lang]),
      ...(p.brokered ? [paragraph(brokered)] : []),
      ...(p.stage === 'completed' ? [paragraph(thanks)] : []),
    ],
    link: matchUrl(links, p.matchId),
    action: LABELS[lang].viewMatch,
  };
}

export function matchBrokeredContent(p: NotificationPayload<'match_brokered'>, lang: Language, links: Links): Content {
  const w = words(p, lang);
  const L = LABELS[lang];
  const proposed = {
    es: `La Secretaría de la AICD propone una coincidencia entre ${w.betweenFrom}.`,
    en: `The AICD Secretariat proposes a match between ${w.betweenFrom}.`,
    pt: `A Secretaria da AICD propõe uma correspondência entre ${w.betweenFrom}.`,
    fr: `Le Secrétariat de l’AICD propose une correspondance entre ${w.betweenFrom}.`,
  }[lang];
  return {
    title: {
      es: `La Secretaría de la AICD propone una coincidencia para ${w.ownShort}`,
      en: `The AICD Secretariat proposes a match for ${w.ownShort}`,
      pt: `A Secretaria da AICD propõe uma correspondência para ${w.ownShort}`,
      fr: `Le Secrétariat de l’AICD propose une correspondance pour ${w.ownShort}`,
    }[lang],
    summary: p.note?.trim() ? `${proposed} ${L.secretariatNote} ${quote(p.note, lang, 140)}` : proposed,
    body: [
      paragraph(proposed),
      ...quoted(L.secretariatNote, p.note),
      paragraph({
        es: 'Le invitamos a examinarla e indicar en la página de la coincidencia si le interesa.',
        en: 'Please review it and say on the match page whether you are interested.',
        pt: 'Pedimos que a analise e indique na página da correspondência se tem interesse.',
        fr: 'Nous vous invitons à l’examiner et à indiquer sur la page de la correspondance si elle vous intéresse.',
      }[lang]),
    ],
    link: matchUrl(links, p.matchId),
    action: L.viewMatch,
  };
}


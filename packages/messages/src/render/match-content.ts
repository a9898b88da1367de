/*
 * The six kinds about a match. The reader is on the `own` side; the other side is named
 * by its listing and its country. Countries are given in brackets ("la demanda «…»
 * (Haití)") because French and Portuguese put articles before most country names
 * ("du Brésil", "do Haiti") that the names in the taxonomy do not carry.
 */
import { countryName, percent, quote, t, type Language } from '@enlace/i18n';
import { isMatchReason, renderReason } from '@enlace/matching';
import type { NotificationPayload } from '../kinds.js';
import { paragraph, TITLE_MAX, type Block, type Content } from './content.js';
import { lastTodayBlocks } from './burst-content.js';
import { matchUrl, type Links } from './links.js';
import { kindNoun, theListing, yourListing } from './strings.js';

type Pair = NotificationPayload<'match_mutual'>;

function words(p: Pair, lang: Language) {
  const country = countryName(lang, p.counterpart.country);
  const own = yourListing(p.own, lang);
  const between = t(lang, 'list.pair', { first: own, second: theListing(p.counterpart, lang) });
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

/** The reasons as sentences; one the matching package does not know, or cannot render, is left out. */
export function reasonSentences(reasons: ReadonlyArray<Record<string, unknown>>, lang: Language): string[] {
  const out: string[] = [];
  for (const reason of reasons) {
    // A reason stored by an older ranking with another shape is left out: the others still say why.
    if (!isMatchReason(reason)) continue;
    try {
      const sentence = renderReason(reason, lang);
      if (sentence !== '') out.push(sentence);
    } catch {
      // Right shape, but a value the renderer has no words for (a language code it does not know).
    }
  }
  return out;
}

/** A quoted message with its label, when there is a message. */
function quoted(label: string, text: string | null | undefined): Block[] {
  return text && text.trim() !== '' ? [paragraph(label), { type: 'quote', text: text.trim() }] : [];
}

/** "Label «their words»" for a summary, or nothing when they wrote nothing. */
function saidInShort(label: string, text: string | null | undefined, lang: Language): string {
  return text?.trim() ? `${label} ${quote(lang, text, 140)}` : '';
}

export function matchNewContent(p: NotificationPayload<'match_new'>, lang: Language, links: Links): Content {
  const w = words(p, lang);
  const score = percent(lang, p.score);
  const reasons = reasonSentences(p.reasons, lang);
  return {
    title: t(lang, 'notifications.matchNew.title', { own: w.ownShort }),
    summary: t(lang, 'notifications.matchNew.summary', { counterpart: theListing(p.counterpart, lang), country: w.country, own: w.own, score }),
    body: [
      paragraph(t(lang, 'notifications.matchNew.intro', { own: w.own })),
      {
        type: 'facts',
        rows: [
          [kindNoun(p.counterpart.kind, lang), p.counterpart.title],
          [t(lang, 'notifications.field.country'), w.country],
          [t(lang, 'notifications.field.score'), score],
        ],
      },
      ...(reasons.length > 0
        ? [paragraph(t(lang, 'notifications.field.whyTheyMatch')), { type: 'list' as const, items: reasons.map((text) => ({ text })) }]
        : []),
      paragraph(t(lang, 'notifications.matchNew.invite')),
      ...lastTodayBlocks(p.lastToday, lang),
    ],
    link: matchUrl(links, p.matchId),
    action: t(lang, 'notifications.action.viewMatch'),
  };
}

export function matchInterestContent(p: NotificationPayload<'match_interest'>, lang: Language, links: Links): Content {
  const w = words(p, lang);
  const label = t(lang, 'notifications.field.theirMessage');
  const interested = t(lang, 'notifications.matchInterest.said', { country: w.country, between: w.between });
  const message = saidInShort(label, p.message, lang);
  return {
    title: t(lang, 'notifications.matchInterest.title', { country: w.country, own: w.ownShort }),
    summary: message ? `${interested} ${message}` : interested,
    body: [paragraph(interested), ...quoted(label, p.message), paragraph(t(lang, 'notifications.matchInterest.invite'))],
    link: matchUrl(links, p.matchId),
    action: t(lang, 'notifications.action.reply'),
  };
}

export function matchMutualContent(p: NotificationPayload<'match_mutual'>, lang: Language, links: Links): Content {
  const w = words(p, lang);
  const both = t(lang, 'notifications.matchMutual.said', { between: w.betweenFrom });
  return {
    title: t(lang, 'notifications.matchMutual.title', { own: w.ownShort }),
    summary: `${both} ${t(lang, 'notifications.matchMutual.nextShort')}`,
    body: [paragraph(both), paragraph(t(lang, 'notifications.matchMutual.next'))],
    link: matchUrl(links, p.matchId),
    action: t(lang, 'notifications.action.viewMatch'),
  };
}

export function matchDeclinedContent(p: NotificationPayload<'match_declined'>, lang: Language, links: Links): Content {
  const w = words(p, lang);
  const label = t(lang, 'notifications.field.reasonGiven');
  const declined = t(lang, 'notifications.matchDeclined.said', { country: w.country, between: w.between });
  const reason = saidInShort(label, p.reason, lang);
  return {
    title: t(lang, 'notifications.matchDeclined.title', { own: w.ownShort }),
    summary: reason ? `${declined} ${reason}` : declined,
    body: [paragraph(declined), ...quoted(label, p.reason)],
    link: matchUrl(links, p.matchId),
    action: t(lang, 'notifications.action.viewMatch'),
  };
}

export function matchProgressContent(p: NotificationPayload<'match_progress'>, lang: Language, links: Links): Content {
  const w = words(p, lang);
  const said = t(lang, `notifications.matchProgress.${p.stage}.said`, { between: w.betweenFrom });
  return {
    title: t(lang, `notifications.matchProgress.${p.stage}.title`, { own: w.ownShort }),
    summary: said,
    body: [
      paragraph(said),
      ...(p.brokered ? [paragraph(t(lang, 'notifications.matchProgress.brokered'))] : []),
      ...(p.stage === 'completed' ? [paragraph(t(lang, 'notifications.matchProgress.thanks'))] : []),
    ],
    link: matchUrl(links, p.matchId),
    action: t(lang, 'notifications.action.viewMatch'),
  };
}

export function matchBrokeredContent(p: NotificationPayload<'match_brokered'>, lang: Language, links: Links): Content {
  const w = words(p, lang);
  const label = t(lang, 'notifications.field.secretariatNote');
  const proposed = t(lang, 'notifications.matchBrokered.said', { between: w.betweenFrom });
  const note = saidInShort(label, p.note, lang);
  return {
    title: t(lang, 'notifications.matchBrokered.title', { own: w.ownShort }),
    summary: note ? `${proposed} ${note}` : proposed,
    body: [paragraph(proposed), ...quoted(label, p.note), paragraph(t(lang, 'notifications.matchBrokered.invite'))],
    link: matchUrl(links, p.matchId),
    action: t(lang, 'notifications.action.viewMatch'),
  };
}

/*
 * The kinds about listings (review, expiry) and the outreach campaigns.
 */
import type { Language } from '@enlace/domain';
import type { NotificationPayload } from '../kinds.js';
import { paragraph, TITLE_MAX, type Content } from './content.js';
import { colon, inDays, isOne, longDate, oneLine, upperFirst } from './format.js';
import { campaignLink, expertUrl, homeUrl, listingUrl, reviewUrl, type Links } from './links.js';
import { andMore, countryName, LABELS, listWithMore, theListing, yourListing } from './strings.js';

/** Listings named in an inbox summary; the email lists all of them. */
const SUMMARY_LISTINGS = 3;

export function reviewPendingContent(p: NotificationPayload<'review_pending'>, lang: Language, links: Links): Content {
  const country = countryName(p.country, lang);
  const one = isOne(p.total, lang);
  const n = p.total;
  const waiting = {
    es: one ? `${n} publicación espera su revisión` : `${n} publicaciones esperan su revisión`,
    en: one ? `${n} listing awaits your review` : `${n} listings await your review`,
    pt: one ? `${n} publicação aguarda sua revisão` : `${n} publicações aguardam sua revisão`,
    fr: one ? `${n} fiche attend votre examen` : `${n} fiches attendent votre examen`,
  }[lang];
  const title = `${country}${colon(lang)} ${waiting}`;
  const shown = p.listings.slice(0, SUMMARY_LISTINGS).map((l) => theListing(l, lang, TITLE_MAX));
  const pending = listWithMore(shown, p.total - shown.length, lang);
  const following = {
    es: one ? 'La siguiente publicación espera su revisión antes de publicarse:' : 'Las siguientes publicaciones esperan su revisión antes de publicarse:',
    en: one ? 'The following listing awaits your review before publication:' : 'The following listings await your review before publication:',
    pt: one ? 'A seguinte publicação aguarda sua revisão antes de ser publicada:' : 'As seguintes publicações aguardam sua revisão antes de serem publicadas:',
    fr: one ? 'La fiche suivante attend votre examen avant publication\u00a0:' : 'Les fiches suivantes attendent votre examen avant publication\u00a0:',
  }[lang];
  const more = p.total - p.listings.length;
  return {
    title,
    summary:
      shown.length > 0
        ? { es: `En espera: ${pending}.`, en: `Waiting: ${pending}.`, pt: `Em espera: ${pending}.`, fr: `En attente\u00a0: ${pending}.` }[lang]
        : `${title}.`,
    body:
      p.listings.length === 0
        ? [paragraph(`${title}.`)]
        : [
            paragraph(following),
            { type: 'list', items: p.listings.map((l) => ({ text: upperFirst(theListing(l, lang)), url: listingUrl(links, l.id) })) },
            ...(more > 0 ? [paragraph(`${upperFirst(andMore(more, lang))}.`)] : []),
          ],
    link: reviewUrl(links, p.country),
    action: LABELS[lang].reviewListings,
  };
}

export function listingExpiringContent(p: NotificationPayload<'listing_expiring'>, lang: Language, links: Links): Content {
  const date = longDate(p.validUntil, lang);
  const expired = p.daysLeft < 0;
  const expires = (listing: string) =>
    expired
      ? { es: `${listing} venció el ${date}`, en: `${listing} expired on ${date}`, pt: `${listing} venceu em ${date}`, fr: `${listing} a expiré le ${date}` }[lang]
      : { es: `${listing} vence el ${date}`, en: `${listing} expires on ${date}`, pt: `${listing} vence em ${date}`, fr: `${listing} expire le ${date}` }[lang];
  const said = `${expires(upperFirst(yourListing(p.listing, lang)))} (${inDays(p.daysLeft, lang)}).`;
  const when = inDays(p.daysLeft, lang);
  const soon = expired
    ? { es: `Venció ${when}.`, en: `It expired ${when}.`, pt: `Venceu ${when}.`, fr: `Elle a expiré ${when}.` }[lang]
    : { es: `Vence ${when}.`, en: `It expires ${when}.`, pt: `Vence ${when}.`, fr: `Elle expire ${when}.` }[lang];
  const confirm = {
    es: 'Confírmela o actualícela si desea mantenerla visible.',
    en: 'Please confirm or update it if you wish to keep it visible.',
    pt: 'Confirme-a ou atualize-a se desejar mantê-la visível.',
    fr: 'Veuillez la confirmer ou la mettre à jour si vous souhaitez qu’elle reste visible.',
  }[lang];
  return {
    title: expires(upperFirst(yourListing(p.listing, lang, TITLE_MAX))),
    summary: `${soon} ${confirm}`,
    body: [
      paragraph(said),
      paragraph(confirm),
      paragraph({
        es: 'Si ya no está vigente, puede cerrarla.',
        en: 'If it no longer applies, you can close it.',
        pt: 'Se não estiver mais vigente, pode encerrá-la.',
        fr: 'Si elle n’est plus d’actualité, vous pouvez la clôturer.',
      }[lang]),
    ],
    link: listingUrl(links, p.listing.id),
    action: LABELS[lang].confirmOrUpdate,
  };
}

/** A campaign is written in the reader's language already: paragraphs are split on blank lines. */
export function campaignContent(p: NotificationPayload<'campaign'>, lang: Language, links: Links): Content {
  const paragraphs = p.body
    .split(/\r?\n\s*\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const link = campaignLink(p.link);
  return {
    title: oneLine(p.subject),
    summary: oneLine(paragraphs[0] ?? '', 200),
    body: paragraphs.map(paragraph),
    link: link ?? homeUrl(links),
    ...(link ? { action: LABELS[lang].learnMore } : {}),
  };
}

export function expertPendingContent(p: NotificationPayload<'expert_pending'>, lang: Language, links: Links): Content {
  const country = countryName(p.country, lang);
  const name = oneLine(p.name, TITLE_MAX);
  const title = {
    es: `${country}${colon(lang)} ${name} se inscribió como experto/a`,
    en: `${country}${colon(lang)} ${name} registered as an expert`,
    pt: `${country}${colon(lang)} ${name} se inscreveu como especialista`,
    fr: `${country}${colon(lang)} ${name} s’est inscrit(e) comme expert(e)`,
  }[lang];
  const ask = {
    es: 'Verifique el perfil y valídelo o rechácelo: solo los expertos validados aparecen en el directorio y en las coincidencias de otros países.',
    en: 'Check the profile and validate or reject it: only validated experts appear in the roster and in other countries\' matches.',
    pt: 'Verifique o perfil e valide-o ou rejeite-o: só especialistas validados aparecem no cadastro e nas correspondências de outros países.',
    fr: 'Vérifiez le profil puis validez-le ou refusez-le\u00a0: seuls les experts validés figurent dans le répertoire et dans les correspondances des autres pays.',
  }[lang];
  return {
    title,
    summary: ask,
    body: [paragraph(`${title}.`), paragraph(ask)],
    link: expertUrl(links, p.expertId),
    action: { es: 'Ver el perfil', en: 'See the profile', pt: 'Ver o perfil', fr: 'Voir le profil' }[lang],
  };
}

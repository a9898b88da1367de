/*
 * Phrases shared by every kind of message, per language: how a listing is named, the
 * labels of links and fields, the footer. Sentences proper to one kind live beside the
 * kind (match-content.ts, listing-content.ts). Register: institutional, "usted" in
 * Spanish, "vous" in French, Brazilian Portuguese without "você".
 */
import { countryName, type Language, type ListingKind } from '@enlace/domain';
import { listOf, quote, upperFirst } from './format.js';

interface ListingWords {
  /** "oferta" */
  noun: string;
  /** "la oferta" */
  the: string;
  /** "su oferta" */
  your: string;
}

// Offer and demand are feminine in Spanish, Portuguese and French, so one set of
// pronouns and agreements fits both kinds in the sentences that refer back to them.
const LISTING_WORDS: Readonly<Record<Language, Readonly<Record<ListingKind, ListingWords>>>> = {
  es: { offer: { noun: 'oferta', the: 'la oferta', your: 'su oferta' }, demand: { noun: 'demanda', the: 'la demanda', your: 'su demanda' } },
  en: { offer: { noun: 'offer', the: 'the offer', your: 'your offer' }, demand: { noun: 'demand', the: 'the demand', your: 'your demand' } },
  pt: { offer: { noun: 'oferta', the: 'a oferta', your: 'sua oferta' }, demand: { noun: 'demanda', the: 'a demanda', your: 'sua demanda' } },
  fr: { offer: { noun: 'offre', the: 'l’offre', your: 'votre offre' }, demand: { noun: 'demande', the: 'la demande', your: 'votre demande' } },
};

interface TitledListing {
  kind: ListingKind;
  title: string;
}

/** "Oferta", "Demand", "Demande". */
export function kindNoun(kind: ListingKind, lang: Language): string {
  return upperFirst(LISTING_WORDS[lang][kind].noun);
}

/** "su oferta «Alerta temprana»"; `max` shortens the title (subjects, inbox titles). */
export function yourListing(l: TitledListing, lang: Language, max?: number): string {
  return `${LISTING_WORDS[lang][l.kind].your} ${quote(l.title, lang, max)}`;
}

/** "la demanda «Alerta temprana»". */
export function theListing(l: TitledListing, lang: Language, max?: number): string {
  return `${LISTING_WORDS[lang][l.kind].the} ${quote(l.title, lang, max)}`;
}

export { countryName };

/** "3 más", "3 more", "mais 3", "3 autres": the items a list leaves out. */
function moreItems(more: number, lang: Language): string {
  return { es: `${more} más`, en: `${more} more`, pt: `mais ${more}`, fr: more === 1 ? '1 autre' : `${more} autres` }[lang];
}

/** "y 3 más", "and 3 more", "e mais 3", "et 3 autres". */
export function andMore(more: number, lang: Language): string {
  return `${{ es: 'y', en: 'and', pt: 'e', fr: 'et' }[lang]} ${moreItems(more, lang)}`;
}

/** A list that stops after the items shown: "«A», «B» y 3 más". */
export function listWithMore(items: readonly string[], more: number, lang: Language): string {
  if (more <= 0) return listOf(items, lang);
  return items.length === 0 ? moreItems(more, lang) : listOf([...items, moreItems(more, lang)], lang);
}

export interface Labels {
  brand: string;
  viewMatch: string;
  reply: string;
  reviewListings: string;
  confirmOrUpdate: string;
  learnMore: string;
  openEnlace: string;
  country: string;
  score: string;
  whyTheyMatch: string;
  theirMessage: string;
  reasonGiven: string;
  secretariatNote: string;
  footer: string;
  settings: string;
  unsubscribe: string;
}

export const LABELS: Readonly<Record<Language, Labels>> = {
  es: {
    brand: 'Enlace · Cooperación Sur-Sur · OEA',
    viewMatch: 'Ver la coincidencia',
    reply: 'Responder',
    reviewListings: 'Revisar las publicaciones',
    confirmOrUpdate: 'Confirmar o actualizar',
    learnMore: 'Más información',
    openEnlace: 'Abrir Enlace',
    country: 'País',
    score: 'Grado de coincidencia',
    whyTheyMatch: 'Por qué coinciden:',
    theirMessage: 'Mensaje de la otra parte:',
    reasonGiven: 'Motivo indicado:',
    secretariatNote: 'Nota de la Secretaría:',
    footer: 'Recibe este mensaje de acuerdo con su configuración de notificaciones en Enlace.',
    settings: 'Cambiar la configuración de notificaciones',
    unsubscribe: 'Darse de baja',
  },
  en: {
    brand: 'Enlace · South-South Cooperation · OAS',
    viewMatch: 'View the match',
    reply: 'Reply',
    reviewListings: 'Review the listings',
    confirmOrUpdate: 'Confirm or update',
    learnMore: 'Learn more',
    openEnlace: 'Open Enlace',
    country: 'Country',
    score: 'Match score',
    whyTheyMatch: 'Why they match:',
    theirMessage: 'Message from the other side:',
    reasonGiven: 'Reason given:',
    secretariatNote: 'Note from the Secretariat:',
    footer: 'You receive this message because of your notification settings in Enlace.',
    settings: 'Change your notification settings',
    unsubscribe: 'Unsubscribe',
  },
  pt: {
    brand: 'Enlace · Cooperação Sul-Sul · OEA',
    viewMatch: 'Ver a correspondência',
    reply: 'Responder',
    reviewListings: 'Revisar as publicações',
    confirmOrUpdate: 'Confirmar ou atualizar',
    learnMore: 'Saiba mais',
    openEnlace: 'Abrir o Enlace',
    country: 'País',
    score: 'Grau de correspondência',
    whyTheyMatch: 'Por que correspondem:',
    theirMessage: 'Mensagem da outra parte:',
    reasonGiven: 'Motivo informado:',
    secretariatNote: 'Nota da Secretaria:',
    footer: 'Esta mensagem foi enviada de acordo com suas configurações de notificação no Enlace.',
    settings: 'Alterar as configurações de notificação',
    unsubscribe: 'Cancelar a inscrição',
  },
  fr: {
    brand: 'Enlace · Coopération Sud-Sud · OEA',
    viewMatch: 'Voir la correspondance',
    reply: 'Répondre',
    reviewListings: 'Examiner les fiches',
    confirmOrUpdate: 'Confirmer ou mettre à jour',
    learnMore: 'En savoir plus',
    openEnlace: 'Ouvrir Enlace',
    country: 'Pays',
    score: 'Degré de correspondance',
    whyTheyMatch: 'Pourquoi elles correspondent\u00a0:',
    theirMessage: 'Message de l’autre partie\u00a0:',
    reasonGiven: 'Motif indiqué\u00a0:',
    secretariatNote: 'Note du Secrétariat\u00a0:',
    footer: 'Vous recevez ce message en raison de vos paramètres de notification dans Enlace.',
    settings: 'Modifier vos paramètres de notification',
    unsubscribe: 'Se désabonner',
  },
};

// The stemmer and stopword packages ship no types; the reference makes ours visible to every importer.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./vendor.d.ts" />
/*
 * Stopwords for the four languages. The `stopword` package's lists are the base; its
 * Spanish list is short (59 words) and Spanish is the pivot every text ends up in, so
 * the Spanish function words of the Snowball stop list are added here. Then a few
 * words that describe the act of cooperating rather than its subject ("we offer",
 * "we request", "country", "experience"), which every listing of any cooperation
 * catalogue uses; they are general to the domain, and IDF would only half-discount
 * them in a small catalogue.
 */
import * as stopword from 'stopword';
import type { Language } from '@enlace/domain';

const SPANISH_FUNCTION_WORDS = `
a al algo algunas algunos ante antes aquel aquella aquellas aquellos aqui así asi cada como con contra cual cuales
cualquier cuando cuanto de del desde donde dos durante e el ella ellas ellos en entre era eran es esa esas ese eso
esos esta estaba estado estan están estar estas este esto estos fue fueron ha había habia han hasta hay la las le
les lo los mas más me mediante mi mis mismo misma mismos mismas mucho muchos muy nada ni no nos nosotros nuestra
nuestras nuestro nuestros o os otra otras otro otros para pero poco por porque pues que qué quien quienes se sea
sean según segun ser será sera si sí sido siempre sin sino sobre su sus tal también tambien tanto te tiene tienen
todo todos toda todas tras tu tus un una uno unos unas vez y ya cuya cuyo cuyas cuyos dicha dicho dichos dichas
puede pueden podrá podra hacer hace hacen ello cual cuales ademas además asimismo así incluido incluida incluye
incluyen través traves tanto etc
`;

const PORTUGUESE_EXTRA = `
à às ao aos através atraves cada onde sobre são sao ser foi foram está esta estão estao pode podem bem como
também tambem já ja incluindo inclui
`;

const FRENCH_EXTRA = `
au aux avec ce ces cette dans de des du elle en et eux il ils je la le les leur leurs lui ma mais me même
mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une
vos votre vous afin ainsi dont été etre être est sont auprès aupres selon chaque entre plus peut peuvent
`;

const ENGLISH_EXTRA = `
we our us its their they them this that these those within through including include includes such also
can could would should will may per via upon
`;

/** Words about the act of cooperating, in the pivot language and in each source language. */
const COOPERATION_BOILERPLATE: Readonly<Record<Language, string>> = {
  es: `ofrecer ofrece ofrecemos ofrecen solicitar solicita solicitamos solicitan buscar buscamos busca
       país países pais paises experiencia experiencias institución institucion instituciones apoyo apoyar
       cooperación cooperacion interesado interesada interesados región region regional`,
  pt: `oferecer oferece oferecemos solicitar solicita solicitamos buscamos país países pais paises
       experiência experiencia instituição instituicao instituições apoio apoiar cooperação cooperacao
       região regiao regional`,
  fr: `offrir offre offrons proposons propose solliciter sollicitons demandons cherchons pays expérience
       experience institution institutions appui appuyer coopération cooperation région region régional`,
  en: `offer offers offering request requests requesting seek seeking country countries experience
       institution institutions support cooperation region regional interested`,
};

const PACKAGE_LISTS = { es: 'spa', en: 'eng', pt: 'por', fr: 'fra' } as const satisfies Record<Language, keyof typeof stopword>;
const EXTRA: Readonly<Record<Language, string>> = {
  es: SPANISH_FUNCTION_WORDS,
  pt: PORTUGUESE_EXTRA,
  fr: FRENCH_EXTRA,
  en: ENGLISH_EXTRA,
};

function build(lang: Language): ReadonlySet<string> {
  const words = [...(stopword[PACKAGE_LISTS[lang]] ?? []), ...EXTRA[lang].split(/\s+/), ...COOPERATION_BOILERPLATE[lang].split(/\s+/)];
  return new Set(words.map((w) => w.trim().toLowerCase().normalize('NFC')).filter((w) => w.length > 0));
}

const STOPWORDS: Readonly<Record<Language, ReadonlySet<string>>> = {
  es: build('es'),
  en: build('en'),
  pt: build('pt'),
  fr: build('fr'),
};

export function isStopword(word: string, lang: Language): boolean {
  return STOPWORDS[lang].has(word);
}

export function stopwords(lang: Language): ReadonlySet<string> {
  return STOPWORDS[lang];
}

import { describe, expect, it } from 'vitest';
import { CATALOGUES, colon, compile, countryName, label, LABEL_SETS, labelsOf, LANGUAGES, longDate, messageKeys, quote, t, translator } from './index.js';

type Element = ReturnType<ReturnType<typeof compile>['getAst']>[number];

// The parser's element types (TYPE in @formatjs/icu-messageformat-parser, which is
// intl-messageformat's own dependency and not ours to import).
const TYPE = ['literal', 'argument', 'number', 'date', 'time', 'select', 'plural', 'pound', 'tag'] as const;

/** The argument names a message uses, sorted. How it uses them may differ: a language may need a plural where English does not. */
function argumentsOf(elements: readonly Element[], into = new Set<string>()): string[] {
  for (const el of elements) {
    const type = TYPE[el.type];
    if (type === 'literal' || type === 'pound') continue;
    if ('children' in el) argumentsOf(el.children, into);
    else if ('value' in el) into.add(el.value);
    if ('options' in el) for (const option of Object.values(el.options)) argumentsOf(option.value, into);
  }
  return [...into].sort();
}

describe('the catalogues', () => {
  it('have exactly the same keys in es, en, pt and fr', () => {
    const keys = messageKeys().sort();
    for (const lang of LANGUAGES) expect(Object.keys(CATALOGUES[lang]).sort(), lang).toEqual(keys);
  });

  it('give every message the same ICU arguments in the four languages', () => {
    for (const key of messageKeys()) {
      const english = argumentsOf(compile('en', key).getAst());
      for (const lang of LANGUAGES) expect(argumentsOf(compile(lang, key).getAst()), `${key} in ${lang}`).toEqual(english);
    }
  });

  it('write no message empty, and French with a no-break space before : ; ! ?', () => {
    for (const key of messageKeys()) {
      for (const lang of LANGUAGES) expect(CATALOGUES[lang][key].trim(), `${key} in ${lang}`).not.toBe('');
      expect(CATALOGUES.fr[key], key).not.toMatch(/(^|[^\u00a0])[:;!?](?=\s|$|\})/);
    }
  });

  it('address the reader formally: no "tú" in Spanish, no "tu" in French, no "você" in Portuguese', () => {
    for (const key of messageKeys()) {
      expect(CATALOGUES.es[key], key).not.toMatch(/(?<!\p{L})(tú|tu|tus|te|ti)(?!\p{L})/iu);
      expect(CATALOGUES.fr[key], key).not.toMatch(/(?<!\p{L})(tu|ton|ta|tes|toi)(?!\p{L})/iu);
      expect(CATALOGUES.pt[key], key).not.toMatch(/\bvocê/i);
    }
  });
});

describe('the web interface’s areas', () => {
  it('name every key after its area, and no two areas share a key', async () => {
    const areas = await Promise.all(
      ['layout', 'catalogue', 'listing', 'account', 'editor', 'review', 'imports'].map(async (name) => ({
        name,
        keys: Object.keys(((await import(`./catalogues/web/${name}.ts`)) as Record<string, { en: object }>)[name]!.en),
      })),
    );
    const owner = new Map<string, string>();
    for (const { name, keys } of areas)
      for (const key of keys) {
        expect(key, `${key} in ${name}`).toMatch(new RegExp(`^web\\.${name}\\.`));
        expect(owner.get(key), key).toBeUndefined();
        owner.set(key, name);
      }
  });
});

describe('t', () => {
  it('fills the arguments and chooses the plural form of the reader’s language', () => {
    expect(t('en', 'notifications.reviewPending.title', { country: 'Haiti', count: 1 })).toBe('Haiti: 1 listing awaits your review');
    expect(t('es', 'notifications.reviewPending.title', { country: 'Haití', count: 5 })).toBe('Haití: 5 publicaciones esperan su revisión');
    expect(t('fr', 'list.andMore', { count: 1 })).toBe('et 1 autre');
    expect(t('fr', 'list.andMore', { count: 3 })).toBe('et 3 autres');
    expect(t('en', 'notifications.digest.daily.title', { count: 0 })).toBe('Your daily Enlace digest: no updates');
  });

  it('chooses the listing’s words by its kind', () => {
    expect(t('fr', 'listing.the', { kind: 'offer', title: quote('fr', 'Alerte') })).toBe('l’offre «\u00a0Alerte\u00a0»');
    expect(t('pt', 'listing.your', { kind: 'demand', title: '«X»' })).toBe('sua demanda «X»');
  });

  it('leaves angle brackets and apostrophes in values and messages as text', () => {
    expect(t('en', 'notifications.matchNew.title', { own: '<b>x</b>' })).toBe('New match for <b>x</b>');
    expect(t('en', 'notifications.expertPending.ask')).toContain("other countries' matches");
  });

  it('is the same as a translator bound to the language', () => {
    const say = translator('pt');
    expect(say('notifications.action.viewMatch')).toBe(t('pt', 'notifications.action.viewMatch'));
  });
});

describe('labels', () => {
  it('name every code of every list in every language, differently in each language', () => {
    for (const set of Object.keys(LABEL_SETS) as (keyof typeof LABEL_SETS)[]) {
      for (const lang of LANGUAGES) {
        const names = labelsOf(lang, set);
        expect(names.map((n) => n.code)).toEqual([...LABEL_SETS[set]]);
        expect(new Set(names.map((n) => n.label)).size, `${set} in ${lang}`).toBe(names.length);
      }
    }
  });

  it('gives the French name of the mutual stage', () => {
    expect(label('fr', 'matchStage', 'mutual')).toBe('Intérêt mutuel');
  });
});

describe('formatting', () => {
  it('writes the first of the month as an ordinal in French and Portuguese', () => {
    expect(longDate('fr', '2026-03-01')).toBe('1er mars 2026');
    expect(longDate('pt', '2026-03-01')).toBe('1º de março de 2026');
    expect(longDate('en', 'not a date')).toBe('not a date');
  });

  it('names a country in the reader’s language, and leaves an unknown code as it is', () => {
    expect(LANGUAGES.map((lang) => countryName(lang, 'HT'))).toEqual(['Haití', 'Haiti', 'Haiti', 'Haïti']);
    expect(countryName('en', 'ZZ')).toBe('ZZ');
  });

  it('puts a no-break space before the colon in French only', () => {
    expect(`Pays${colon('fr')}`).toBe('Pays\u00a0:');
    expect(`Country${colon('en')}`).toBe('Country:');
  });
});

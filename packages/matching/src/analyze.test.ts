import { describe, expect, it } from 'vitest';
import { analyzeListingText, CONCEPT_PREFIX, contentTokens, glossWords, parseGloss, pivotStem, segments } from './analyze.js';
import { findConcepts } from './glossary.js';
import { GLOSSARY } from './glossary-data.js';

describe('analysis', () => {
  it('stems Spanish to accent-free truncated stems, joining inflections and derivations', () => {
    expect(pivotStem('alimentación')).toBe(pivotStem('alimentaciones'));
    expect(pivotStem('catastro')).toBe(pivotStem('catastral'));
    expect(pivotStem('epidemiología')).toBe(pivotStem('epidemiologia'));
  });

  it('keeps short prefixes on their word and splits on punctuation', () => {
    expect(segments('E-government; civil registration (CRVS)')).toEqual([['egovernment'], ['civil', 'registration'], ['crvs']]);
  });

  it('drops stopwords and numbers, remembering the small words inside a phrase', () => {
    const [seg] = contentTokens('el registro de la propiedad en 2024', 'es');
    expect(seg!.map((t) => t.word)).toEqual(['registro', 'propiedad']);
    expect(seg![1]!.lead).toBe('de la');
  });

  it('finds glossary concepts in each language, whatever the inflection', () => {
    const find = (text: string, lang: 'es' | 'en' | 'pt' | 'fr') => [...findConcepts(contentTokens(text, lang), lang).keys()];
    expect(find('Programa de alimentação escolar', 'pt')).toContain('school_feeding');
    expect(find('Home-grown school feeding', 'en')).toContain('school_feeding');
    expect(find('les cantines scolaires du pays', 'fr')).toContain('school_feeding');
    expect(find('seguridad ciudadana en barrios', 'es')).toEqual(['citizen_security']);
    expect(find('seguridad alimentaria de los hogares', 'es')).toEqual(['food_security']);
    expect(find('e-government services', 'en')).toEqual(['digital_government']);
    expect(find('the government of the country', 'en')).toEqual([]);
  });

  it('builds a term profile with words, two-word phrases and concepts, quoting the original', () => {
    const text = { language: 'en' as const, title: 'School feeding with smallholder farmers', description: 'Linking school kitchens to local farmers.' };
    const pivot = { title: 'Alimentación escolar con pequeños productores', description: 'Enlazando cocinas escolares a labradores locales.', keywords: '' };
    const words = ['farmers', 'feeding', 'kitchens', 'linking', 'local', 'school', 'smallholder'];
    expect(glossWords(text)).toEqual(words);
    const gloss = parseGloss(words, 'labradores.\nalimentación.\ncocinas.\nenlazando.\nlocal.\nescolar.\nsmallholder.');
    const p = analyzeListingText(text, pivot, gloss);
    expect(p.terms[`${CONCEPT_PREFIX}school_feeding`]).toBeGreaterThan(0);
    expect(p.terms[`${CONCEPT_PREFIX}family_farming`]).toBeGreaterThan(0);
    expect(p.terms[pivotStem('escolar')]).toBeGreaterThan(p.terms[pivotStem('cocinas')]!);
    expect(p.surface[`${CONCEPT_PREFIX}school_feeding`]).toBe('school feeding');
    expect(p.surface[pivotStem('cocinas')]).toBe('kitchens');
    expect(p.pivotWords[pivotStem('cocinas')]).toBe('cocinas');
  });

  it('has a glossary of general concepts, each in at least three languages, without duplicate ids', () => {
    expect(new Set(GLOSSARY.map((c) => c.id)).size).toBe(GLOSSARY.length);
    for (const c of GLOSSARY) expect(Object.keys(c.terms).length).toBeGreaterThanOrEqual(3);
  });
});

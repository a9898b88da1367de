import { describe, expect, it } from 'vitest';
import { fieldIssuesFromZod } from '../errors.js';
import { expertRegistrationSchema, expertSearchQuerySchema } from './schema.js';

const valid = {
  name: 'Ana Souza',
  country: 'BR',
  institution: { name: 'Fundação Oswaldo Cruz', acronym: 'Fiocruz' },
  sectors: ['health'],
  sdgTargets: ['3.2'],
  workingLanguages: ['pt', 'es'],
  profile: 'Pediatra com vinte anos de experiência em bancos de leite humano.',
  language: 'pt',
  contact: { name: 'Ana Souza', email: 'ana@example.org' },
};

const issues = (input: unknown) => {
  const r = expertRegistrationSchema.safeParse(input);
  return r.success ? [] : fieldIssuesFromZod(r.error.issues).map((i) => i.field);
};

describe('an expert registration', () => {
  it('accepts a complete registration and defaults targets to none', () => {
    expect(expertRegistrationSchema.parse({ ...valid, sdgTargets: undefined }).sdgTargets).toEqual([]);
  });

  it('names each field that is wrong', () => {
    expect(issues({ ...valid, sectors: [] })).toEqual(['sectors']);
    expect(issues({ ...valid, sectors: ['astrology'] })).toEqual(['sectors.0']);
    expect(issues({ ...valid, workingLanguages: [] })).toEqual(['workingLanguages']);
    expect(issues({ ...valid, workingLanguages: ['de'] })).toEqual(['workingLanguages.0']);
    expect(issues({ ...valid, profile: 'too short' })).toEqual(['profile']);
    expect(issues({ ...valid, availability: 'x'.repeat(501) })).toEqual(['availability']);
    expect(issues({ ...valid, contact: { name: 'Ana' } })).toEqual(['contact.email']);
    expect(issues({ ...valid, country: 'XX' })).toEqual(['country']);
    expect(issues({ ...valid, sdgTargets: ['3.99'] })).toEqual(['sdgTargets.0']);
    expect(issues({ ...valid, campaignId: 'nope' })).toEqual(['campaignId']);
    expect(issues({ ...valid, phone: '123' })).toEqual(['phone']);
  });

  it('reads search lists comma-separated', () => {
    expect(expertSearchQuerySchema.parse({ sector: 'health,education', workingLanguage: 'fr' })).toMatchObject({
      sector: ['health', 'education'],
      workingLanguage: ['fr'],
      page: 1,
      hitsPerPage: 20,
    });
  });
});

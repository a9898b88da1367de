import { describe, expect, it } from 'vitest';
import { applyPatch, changedFields, rebaseRevision } from './revision.js';
import type { ListingContent } from './schema.js';

const published: ListingContent = {
  title: 'Bancos de leite humano',
  description: 'Apoio técnico para implantar bancos de leite humano.',
  language: 'pt',
  country: 'BR',
  institution: { name: 'Fiocruz', type: 'government' },
  sectors: ['health'],
  keywords: ['leite'],
};

describe('revisions of a published listing', () => {
  it('name the fields they change, whatever the key order, and a cleared field counts', () => {
    const proposed = { ...published, title: 'Bancos de leite humano (revisto)', institution: { type: 'government' as const, name: 'Fiocruz' } };
    delete (proposed as Partial<ListingContent>).keywords;
    expect(changedFields(published, proposed)).toEqual(['keywords', 'title']);
  });

  it("re-based on an edited published listing keep the reviewer's edit and their own changes", () => {
    const proposed = applyPatch(published, { title: 'Novo título', keywords: null });
    const edited = { ...published, description: 'Descrição corrigida pela ponto focal, já publicada.' };
    const rebased = rebaseRevision(edited, proposed, ['title', 'keywords']);
    expect(rebased).toMatchObject({ title: 'Novo título', description: edited.description });
    expect(rebased).not.toHaveProperty('keywords');
  });
});

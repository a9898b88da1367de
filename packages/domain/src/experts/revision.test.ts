import { describe, expect, it } from 'vitest';
import { type ExpertEditable, effectiveEdit, mergeEdits } from './revision.js';

const current: ExpertEditable = {
  name: 'Ana Souza',
  institution: { name: 'Embrapa', acronym: 'EMBRAPA' },
  sectors: ['agriculture_livestock'],
  sdgTargets: ['2.4'],
  sdgGoals: [2, 13],
  workingLanguages: ['pt', 'es'],
  profile: 'Agronomist with twenty years of work on soil conservation.',
  language: 'pt',
  contact: { name: 'Ana Souza', email: 'ana@example.org' },
};

describe("an expert's edit as a revision keeps", () => {
  it('only the fields whose values differ from the registration', () => {
    const edit = effectiveEdit(current, { name: 'Ana Souza', profile: 'Agronomist who now also trains extension workers.', workingLanguages: ['pt', 'es'] });
    expect(edit).toEqual({ profile: 'Agronomist who now also trains extension workers.' });
  });

  it('no goal change when the form sends back the declared goals it showed', () => {
    expect(effectiveEdit(current, { sdgGoals: [13], sdgTargets: ['2.4'] })).toEqual({});
    expect(effectiveEdit(current, { sdgGoals: [13, 15] })).toEqual({ sdgGoals: [13, 15] });
  });

  it('no change when a form sends the same sectors or languages in its own order', () => {
    expect(effectiveEdit(current, { workingLanguages: ['es', 'pt'], sectors: ['agriculture_livestock'] })).toEqual({});
    expect(effectiveEdit(current, { workingLanguages: ['es'] })).toEqual({ workingLanguages: ['es'] });
  });

  it('a cleared availability as a change, and an institution whose acronym changed', () => {
    expect(effectiveEdit({ ...current, availability: 'two weeks a quarter' }, { availability: null })).toEqual({ availability: null });
    expect(effectiveEdit(current, { institution: { name: 'Embrapa' } })).toEqual({ institution: { name: 'Embrapa' } });
  });

  it('the newer value of a field edited twice, and the older fields the second edit left alone', () => {
    expect(mergeEdits({ name: 'Ana S.', profile: 'first' }, { profile: 'second' })).toEqual({ name: 'Ana S.', profile: 'second' });
  });
});

import { describe, expect, it } from 'vitest';
import { effectiveSdgGoals } from '../taxonomies/sdg.js';
import { parseInterchangeLine, splitLines } from './interchange.js';

const example =
  '{"externalId":"MX-IFE-2024-003","kind":"offer","title":"Formación en administración y observación electoral","description":"El instituto electoral ofrece cursos de administración electoral, guías de observación y misiones de expertos para organismos electorales de la región.","language":"es","country":"MX","institution":{"name":"Instituto Nacional Electoral","acronym":"INE","type":"government"},"sectors":["political_participation_civil_society"],"sdgTargets":["16.7"],"modalities":["training","expert_mission"],"workingLanguages":["es","en"],"validUntil":"2027-12-31"}';

describe('interchange lines', () => {
  it('accepts the example of the format and defaults status to published', () => {
    const parsed = parseInterchangeLine(example);
    expect(parsed.ok && parsed.listing.status).toBe('published');
  });

  it('names unknown fields, even nested ones', () => {
    const parsed = parseInterchangeLine(example.replace('"acronym":"INE"', '"acronym":"INE","website":"x"'));
    expect(parsed).toEqual({ ok: false, issues: [{ field: 'institution.website', code: 'unrecognized_keys', reason: 'unknown field' }] });
  });

  it('refuses a line that is JSON but not an object', () => {
    expect(parseInterchangeLine('[1,2]')).toMatchObject({ ok: false, issues: [{ field: '(line)' }] });
  });

  it('keeps line numbers when splitting, with CRLF and a final newline', () => {
    expect(splitLines('a\r\n\r\nb\n')).toEqual(['a', '', 'b']);
  });

  it('a target implies its goal', () => {
    expect(effectiveSdgGoals([4], ['16.7', '6.b'])).toEqual([4, 6, 16]);
  });
});

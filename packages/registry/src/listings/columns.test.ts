import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash } from './columns.js';

/** The definition every stored hash was made with: sorted copies, then JSON.stringify. */
function sortedCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedCopy);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined && v !== null)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, sortedCopy(v)]),
    );
  return value;
}

const content = {
  title: 'Bancos de leite humano: "qualidade" \\ controle',
  description: 'Linha 1\nLinha 2 — ção ☃ 😀',
  language: 'pt',
  country: 'BR',
  sectors: ['health', 'education'],
  sdgGoals: undefined,
  sdgTargets: ['3.2', '3.b'],
  modalities: null,
  validFrom: '2026-01-01',
  contact: { name: 'Ana', email: 'ana@fiocruz.example.br', phone: null, Zeta: 1, alpha: [null, 2.5, -0, true] },
};

describe('content hashes', () => {
  it('are the bytes stored hashes were made from: keys sorted, null and undefined properties left out', () => {
    expect(canonicalJson(content)).toBe(JSON.stringify(sortedCopy(content)));
    expect(contentHash(content as never)).toBe(
      createHash('sha256')
        .update(JSON.stringify(sortedCopy(content)))
        .digest('base64url'),
    );
  });

  it('do not depend on the order fields were written in', () => {
    const reversed = Object.fromEntries(Object.entries(content).reverse());
    expect(contentHash(reversed as never)).toBe(contentHash(content as never));
    expect(contentHash({ ...content, title: 'Other' } as never)).not.toBe(contentHash(content as never));
  });
});

import { describe, expect, it } from 'vitest';
import { bodyParts } from './body.js';

describe("an import's body in parts", () => {
  const lines = Array.from({ length: 40 }, (_, i) => `{"externalId":"L-${i}","title":"Formação em São Tomé 🌱 ${'x'.repeat(i % 9)}"}`);
  const body = lines.join('\n');

  it('gives back the body when joined, each part ending where a line ends', () => {
    const parts = bodyParts(body, 100);
    expect(parts.length).toBeGreaterThan(10);
    expect(parts.join('')).toBe(body);
    for (const part of parts.slice(0, -1)) expect(part.endsWith('\n')).toBe(true);
    // No part is cut inside a line: each holds whole lines.
    expect(parts.flatMap((p) => p.split('\n').filter((l) => l !== ''))).toEqual(lines);
  });

  it('keeps a line longer than a part whole, in a part of its own', () => {
    const long = `{"description":"${'ç'.repeat(500)}"}`;
    const parts = bodyParts(['a', long, 'b'].join('\n'), 100);
    expect(parts).toEqual(['a\n', `${long}\n`, 'b']);
  });

  it('holds a small body in one part, and an empty one in none', () => {
    expect(bodyParts(body)).toEqual([body]);
    expect(bodyParts('')).toEqual([]);
  });
});

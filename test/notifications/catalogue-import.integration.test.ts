import { describe, expect, it } from 'vitest';
import { importCatalogueAndCountMail } from './catalogue.js';

/*
 * The report that started coalescing: a catalogue imported at once buried each focal
 * point in thousands of separate "new match" emails. Imported, indexed and matched on
 * the real stack, 2,000 listings now leave each focal point on the default settings a
 * handful of messages, from which every new match can be reached, none twice.
 */
describe('a catalogue of 2,000 listings imported at once', () => {
  it('leaves each focal point a readable mailbox, every new match reachable from it', { timeout: 40 * 60_000 }, async () => {
    const f = await importCatalogueAndCountMail({ listings: 2000, log: (m) => console.info(m), timeoutMs: 35 * 60_000 });
    console.info(
      `catalogue import: ${f.listings} listings matched in ${f.matchedSeconds.toFixed(0)} s; per focal point, new matches → emails: ${f.people.map((p) => `${p.country} ${p.newMatches}→${p.emails}`).join(', ')}`,
    );
    // Nothing interrupts while the import is being matched, and then a handful at most.
    for (const p of f.people) {
      expect(p.emailsDuringImport, p.email).toBe(0);
      expect(p.emails, p.email).toBeLessThanOrEqual(5);
    }
    // Many new matches per person: one email each would have been the flood.
    expect(Math.max(...f.people.map((p) => p.newMatches))).toBeGreaterThan(50);
    expect(f.unreachable).toBe(0);
    expect(f.distinctMessageIds).toBe(f.messages);
  });
});

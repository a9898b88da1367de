import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { APERTIUM_INSTALL_HINT, createTranslator } from './translate.js';

function apertiumInstalled(): boolean {
  try {
    execFileSync('bash', ['-c', 'command -v apertium'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const installed = apertiumInstalled();
if (!installed) console.warn(`translate.test.ts: real-translation tests skipped. ${APERTIUM_INSTALL_HINT}`);

describe('translator', () => {
  it.skipIf(!installed)('translates French into Spanish with Apertium, and Spanish passes through', async () => {
    const t = createTranslator();
    try {
      const out = await t.toPivot([
        { text: 'Le ministère renforce les cantines scolaires.', language: 'fr' },
        { text: 'Texto en español.', language: 'es' },
        { text: 'La mairie gère le registre civil.', language: 'fr' },
      ]);
      expect(out).toHaveLength(3);
      expect(out[0]).toMatch(/ministerio/i);
      expect(out[0]).toMatch(/escolares/i);
      expect(out[1]).toBe('Texto en español.');
      expect(out[2]).toMatch(/registro civil/i);
    } finally {
      await t.close();
    }
  });

  it.skipIf(!installed)('keeps the order and paragraphs of a batch, and uses the cache', async () => {
    const store = new Map<string, string>();
    const cache = { get: (l: string, x: string) => store.get(`${l}:${x}`), set: (l: string, x: string, y: string) => void store.set(`${l}:${x}`, y) };
    const t = createTranslator({ cache });
    try {
      const items = [
        { text: 'Agua potable.\n\nSegundo parágrafo.', language: 'pt' as const },
        { text: 'Early warning.', language: 'en' as const },
        { text: 'Eau potable.', language: 'fr' as const },
      ];
      const out = await t.toPivot(items);
      expect(out[0]).toContain('\n\n');
      expect(out[2]).toMatch(/agua potable/i);
      expect(store.size).toBe(3);
      expect(await t.toPivot(items)).toEqual(out);
    } finally {
      await t.close();
    }
  });

  it.skipIf(!installed)('kills a batch that runs past its time limit', async () => {
    const t = createTranslator({ timeoutMs: 1, timeoutPerKiloCharMs: 0 });
    try {
      await expect(t.toPivot([{ text: 'Une phrase à traduire.', language: 'fr' }])).rejects.toThrow(/timed out/);
    } finally {
      await t.close();
    }
  });

  it('says how to install Apertium when the program is missing', async () => {
    const t = createTranslator({ command: 'apertium-not-installed-here' });
    await expect(t.toPivot([{ text: 'Hello world.', language: 'en' }])).rejects.toThrow(APERTIUM_INSTALL_HINT);
    // Spanish alone needs no translator at all.
    await expect(t.toPivot([{ text: 'Hola.', language: 'es' }])).resolves.toEqual(['Hola.']);
  });

  it('refuses work once closed', async () => {
    const t = createTranslator();
    await t.close();
    await expect(t.toPivot([{ text: 'Bonjour.', language: 'fr' }])).rejects.toThrow(/closed/);
  });
});

import { describe, expect, it } from 'vitest';
import { englishError } from '../../../scripts/locale';

describe('errors in English, from _locales', () => {
  it('fills a sentence from the error’s params', () => {
    expect(englishError({ code: 'too-large', params: { reason: 'depth', value: 900, max: 180 } })).toBe(
      'This page is too large to clean: its elements are nested more than 180 deep.',
    );
    expect(englishError({ code: 'failed', params: { reason: 'read', detail: 'boom' } })).toBe(
      'Lede could not read this page (boom).',
    );
  });

  it('falls back to the code’s sentence for a reason without one', () => {
    expect(englishError({ code: 'too-large', params: { reason: 'unheard-of' } })).toBe(
      'This page is too large to clean.',
    );
  });

  it('has a sentence for every reason the background gives a restricted page', async () => {
    const { restrictionOf } = await import('../../../utils/background/restricted');
    for (const url of [
      undefined,
      'chrome://x',
      'https://addons.mozilla.org/',
      'file:///a.pdf',
      'https://a.example/b.pdf',
    ]) {
      const error = { code: 'restricted' as const, params: { reason: restrictionOf(url)! } };
      expect(englishError(error)).not.toBe(englishError({ code: 'restricted' }));
    }
  });
});

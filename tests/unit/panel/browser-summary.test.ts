import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserSummary, summaryLanguage } from '../../../utils/panel/browser-summary';

const fakeApi = (availability: string, summary = 'A short summary.') => ({
  availability: vi.fn(async (_options?: object) => availability as 'available'),
  create: vi.fn(async (_options?: object) => ({ summarize: vi.fn(async () => summary), destroy: vi.fn() })),
});

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('browserSummary', () => {
  it("uses the browser's summarizer when its model is ready, and says so", async () => {
    const api = fakeApi('available');
    expect(await browserSummary('Article text.', 'en', api)).toEqual({ text: 'A short summary.', source: 'browser' });
  });

  it('asks for the article’s language, in and out, both when checking and when creating', async () => {
    const api = fakeApi('available');
    await browserSummary('Texto del artículo.', 'es', api);
    const languages = { expectedInputLanguages: ['es'], outputLanguage: 'es' };
    expect(api.availability).toHaveBeenCalledWith(expect.objectContaining(languages));
    expect(api.create).toHaveBeenCalledWith(expect.objectContaining(languages));
  });

  it('never starts a model download, and stays silent: the extractive summary stays', async () => {
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    for (const state of ['downloadable', 'downloading', 'unavailable']) {
      const api = fakeApi(state);
      expect(await browserSummary('Article text.', 'en', api)).toBeNull();
      expect(api.create).not.toHaveBeenCalled();
    }
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });

  it('asks again about a language the browser cannot summarise in only in a new browser session', async () => {
    const api = fakeApi('unavailable');
    expect(await browserSummary('Article text.', 'en', api)).toBeNull();
    expect(await browserSummary('Another article.', 'en', api)).toBeNull();
    expect(api.availability).toHaveBeenCalledTimes(1);
    await browserSummary('Texte.', 'fr', api);
    expect(api.availability).toHaveBeenCalledTimes(2);
    // A model still downloading may be ready for the next article.
    const later = fakeApi('downloadable');
    await browserSummary('Artículo.', 'es', later);
    await browserSummary('Otro artículo.', 'es', later);
    expect(later.availability).toHaveBeenCalledTimes(2);
  });

  it('gives null, silently, where the browser has no summarizer or it fails', async () => {
    const error = vi.spyOn(console, 'error');
    expect(await browserSummary('Article text.', 'en', undefined)).toBeNull();
    const broken = {
      availability: async () => 'available' as const,
      create: async () => {
        throw new Error('no');
      },
    };
    expect(await browserSummary('Article text.', 'en', broken)).toBeNull();
    expect(error).not.toHaveBeenCalled();
  });
});

describe('summaryLanguage', () => {
  it('takes the article’s language as a plain tag, else the browser’s', () => {
    expect(summaryLanguage('en-GB', 'fr')).toBe('en');
    expect(summaryLanguage('pt_BR', 'fr')).toBe('pt');
    expect(summaryLanguage(null, 'ja')).toBe('ja');
    expect(summaryLanguage('', 'es-419')).toBe('es');
  });
});

import { describe, expect, it, vi } from 'vitest';
import { browserSummary } from '../../../utils/panel/browser-summary';

const fakeApi = (availability: string, summary = 'A short summary.') => ({
  availability: vi.fn(async () => availability as 'available'),
  create: vi.fn(async () => ({ summarize: vi.fn(async () => summary), destroy: vi.fn() })),
});

describe('browserSummary', () => {
  it("uses the browser's summarizer when its model is ready, and says so", async () => {
    const api = fakeApi('available');
    expect(await browserSummary('Article text.', api)).toEqual({ text: 'A short summary.', source: 'browser' });
  });

  it('never starts a model download: the extractive summary stays', async () => {
    const api = fakeApi('downloadable');
    expect(await browserSummary('Article text.', api)).toBeNull();
    expect(api.create).not.toHaveBeenCalled();
  });

  it('gives null where the browser has no summarizer or it fails', async () => {
    expect(await browserSummary('Article text.', undefined)).toBeNull();
    const broken = {
      availability: async () => 'available' as const,
      create: async () => {
        throw new Error('no');
      },
    };
    expect(await browserSummary('Article text.', broken)).toBeNull();
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { markdownOf, provideMarkdown } from '../../../utils/content/markdown';
import { articleToMarkdown } from '../../../utils/pipeline/format/article-markdown';
import { articleFrom, readPage } from '../../helpers/dom';

const article = articleFrom(readPage('seed-article/source.html'));
const KEY = Symbol.for('lede.markdown');

afterEach(() => delete (globalThis as Record<symbol, unknown>)[KEY]);

describe('markdownOf: the converter comes in at the first copy', () => {
  it('asks for the converter once, then converts with it', async () => {
    const inject = vi.fn(async () => provideMarkdown(articleToMarkdown));
    const first = await markdownOf(article, inject);
    expect(first).toBe(articleToMarkdown(article));
    expect(first.startsWith(`# ${article.title}`)).toBe(true);
    await markdownOf(article, inject);
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it('fails, for the button to say so, when the converter could not be injected', async () => {
    await expect(markdownOf(article, async () => undefined)).rejects.toThrow(/did not load/);
    await expect(markdownOf(article, () => Promise.reject(new Error('Missing host permission')))).rejects.toThrow(
      'Missing host permission',
    );
  });
});

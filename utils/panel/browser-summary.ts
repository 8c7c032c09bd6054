import { storage } from 'wxt/utils/storage';
import type { Summary } from '../pipeline/types';
import { SUMMARY_INPUT_CHARS } from '../shared/messages';

/** The parts of Chrome's built-in Summarizer API (Chrome 138+) that Lede uses. */
interface SummarizerApi {
  availability(options?: object): Promise<'unavailable' | 'downloadable' | 'downloading' | 'available'>;
  create(options?: object): Promise<{ summarize(text: string, options?: object): Promise<string>; destroy?(): void }>;
}

/**
 * Languages the browser said it cannot summarise in, for this browser session. Chrome logs a
 * warning of its own on every availability() call while its model service is not running (as in
 * a browser without the model): asked once per language, it says so once, not for every article.
 */
const unavailableItem = storage.defineItem<string[]>('session:summarizerUnavailable', { fallback: [] });

/** The language to summarise in: the article's own (the reader reads it), else the browser's. */
export function summaryLanguage(articleLang: string | null, uiLanguage: string): string {
  // The API takes plain language tags; a page's "en-GB" or "pt_BR" is asked for as "en", "pt".
  return (articleLang || uiLanguage).split(/[-_]/)[0]!.toLowerCase();
}

/**
 * A summary from the browser's own on-device model, in `language`, when the browser has one ready
 * for that language. Never triggers a model download on its own, and never logs: an unavailable or
 * downloadable model, or one that fails, gives null, and the panel keeps the extractive summary.
 * Asked with its languages, the API has nothing to warn about.
 */
export async function browserSummary(
  text: string,
  language: string,
  api: SummarizerApi | undefined = (globalThis as { Summarizer?: SummarizerApi }).Summarizer,
): Promise<Summary | null> {
  if (!api || !text.trim()) return null;
  const options = {
    type: 'tldr',
    format: 'plain-text',
    length: 'short',
    expectedInputLanguages: [language],
    outputLanguage: language,
  };
  try {
    const unavailable = await unavailableItem.getValue();
    if (unavailable.includes(language)) return null;
    const availability = await api.availability(options);
    if (availability === 'unavailable') await unavailableItem.setValue([...unavailable, language]);
    if (availability !== 'available') return null;
    const summarizer = await api.create({ ...options, sharedContext: 'A news article' });
    try {
      const summary = (await summarizer.summarize(text.slice(0, SUMMARY_INPUT_CHARS))).trim();
      return summary ? { text: summary, source: 'browser' } : null;
    } finally {
      summarizer.destroy?.();
    }
  } catch {
    return null;
  }
}

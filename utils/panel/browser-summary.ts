import type { Summary } from '../pipeline/types';
import { SUMMARY_INPUT_CHARS } from '../shared/messages';

/** The parts of Chrome's built-in Summarizer API (Chrome 138+) that Lede uses. */
interface SummarizerApi {
  availability(options?: object): Promise<'unavailable' | 'downloadable' | 'downloading' | 'available'>;
  create(options?: object): Promise<{ summarize(text: string, options?: object): Promise<string>; destroy?(): void }>;
}

/**
 * A summary from the browser's own on-device model, when the browser has one ready. Never
 * triggers a model download on its own: an unavailable or downloadable model gives null, and
 * the panel keeps the extractive summary.
 */
export async function browserSummary(
  text: string,
  api: SummarizerApi | undefined = (globalThis as { Summarizer?: SummarizerApi }).Summarizer,
): Promise<Summary | null> {
  if (!api || !text.trim()) return null;
  try {
    if ((await api.availability()) !== 'available') return null;
    const summarizer = await api.create({
      type: 'tldr',
      format: 'plain-text',
      length: 'short',
      sharedContext: 'A news article',
    });
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

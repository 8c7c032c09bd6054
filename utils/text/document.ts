import type { Paragraph } from '../types';
import { splitSentences } from './sentences';
import { properSpans, tokenize, type Span, type Token } from './tokens';

export interface SentenceInfo {
  text: string;
  paragraphId: string;
  /** Index of the paragraph among the article's paragraphs. */
  paragraph: number;
  /** Index among all sentences of the article. */
  index: number;
  /** Offset of the sentence in its paragraph's text. */
  offset: number;
  tokens: Token[];
  spans: Span[];
}

export interface TextDoc {
  paragraphs: Paragraph[];
  sentences: SentenceInfo[];
  /** Sentences of each paragraph, by paragraph index. */
  byParagraph: SentenceInfo[][];
}

/**
 * The text stage reads at most this much: far more than any news article, and it keeps the
 * work bounded (and linear) on a page that is not one.
 */
export const MAX_TEXT_CHARS = 150_000;

/** Splits and tokenises the article once for every extractor. */
export function readText(paragraphs: Paragraph[]): TextDoc {
  const kept: Paragraph[] = [];
  let budget = MAX_TEXT_CHARS;
  for (const p of paragraphs) {
    if (budget <= 0) break;
    kept.push(p.text.length > budget ? { ...p, text: p.text.slice(0, budget) } : p);
    budget -= p.text.length;
  }
  const sentences: SentenceInfo[] = [];
  const byParagraph = kept.map((p, paragraph) =>
    splitSentences(p.text).map((s) => {
      const tokens = tokenize(s.text);
      const info: SentenceInfo = {
        text: s.text, paragraphId: p.id, paragraph, index: sentences.length, offset: s.start,
        tokens, spans: properSpans(s.text, tokens),
      };
      sentences.push(info);
      return info;
    }),
  );
  return { paragraphs: kept, sentences, byParagraph };
}

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
        text: s.text,
        paragraphId: p.id,
        paragraph,
        index: sentences.length,
        offset: s.start,
        tokens,
        spans: properSpans(s.text, tokens),
      };
      sentences.push(info);
      return info;
    }),
  );
  restoreInitialWords(sentences);
  return { paragraphs: kept, sentences, byParagraph };
}

/**
 * "Home Depot reported…": the capital of a sentence's first word (or of the word after a dash or
 * quote mark) proves nothing, so the span reader leaves out "Home", an ordinary word, and keeps
 * "Depot". Where the article also writes "Home Depot" mid-sentence, the word is part of the name;
 * where it wrote "Tim Cook", a sentence's first word "Cook" is his name.
 */
function restoreInitialWords(sentences: SentenceInfo[]): void {
  const names = new Set<string>();
  const surnames = new Set<string>(); // "Cook" of "Tim Cook", for "Cook said…"
  for (const s of sentences) {
    for (const span of s.spans) {
      const words = span.tokens.map((t) => t.text.toLowerCase());
      if (words.length > 1) surnames.add(words[words.length - 1]!);
      if (span.tokens[0]!.initial) continue;
      for (let n = 2; n <= words.length; n++) names.add(words.slice(0, n).join(' '));
    }
  }
  for (const s of sentences) {
    let k = 0; // spans come in token order: one pass finds each span's first token
    s.spans = s.spans.map((span) => {
      const head = span.tokens[0]!;
      while (s.tokens[k] !== head) k++;
      const prev = s.tokens[k - 1];
      if (!prev?.cap || !prev.initial || prev.after) return span;
      const joined = `${prev.text} ${span.text}`.toLowerCase();
      const pair = `${prev.text} ${head.text}`.toLowerCase();
      if (!names.has(joined) && !names.has(pair)) return span;
      return { ...span, tokens: [prev, ...span.tokens], text: s.text.slice(prev.start, span.end), start: prev.start };
    });
    const first = s.tokens[0];
    if (first?.cap && s.spans[0]?.tokens[0] !== first && surnames.has(first.text.toLowerCase())) {
      s.spans.unshift({
        tokens: [first],
        text: first.text,
        start: first.start,
        end: first.end,
        possessive: first.possessive,
      });
    }
  }
}

import { isCommonWord } from './lexicon';
import { ABBREVIATIONS } from '../vocabulary';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with a capital (or is a brand like "iPhone", "eBay", "3M"). */
  cap: boolean;
  /** Followed by "'s": "Ant's Alipay". */
  possessive: boolean;
  /** First word of its sentence, or after a quote mark or colon: its capital proves nothing. */
  initial: boolean;
  /** Punctuation between this token and the next ("," "." "(" ...), trimmed. */
  after: string;
}

/** Abbreviations whose full stop belongs to the word. */
const KEEP_DOT = new Set(ABBREVIATIONS.keptWithWord);
/** Initials keep their dot ("Dana F. Besecker", "D.A. Davidson"), so a name runs on past them. */
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}&.'’-]*[\p{L}\p{N}])?\.?/gu;

/**
 * Whether the text between two words opens a new clause, where a capital proves nothing: after a
 * full stop, colon, dash, bracket or opening quote mark. Not after a closing one (`,” Cook said`).
 */
function startsClause(gap: string): boolean {
  if (/[,;]\s*["”’']\s*$/.test(gap)) return false;
  return /["“”'‘:—–(]\s*$/.test(gap) || /[.!?]\s*$/.test(gap);
}

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sentence); m; m = WORD.exec(sentence)) {
    let text = m[0];
    if (text.endsWith('.') && !KEEP_DOT.has(text.slice(0, -1).toLowerCase()) && !INITIALS.test(text.slice(0, -1)))
      text = text.slice(0, -1);
    // "Sugar Land-based", "SoftBank-backed": the name is the part before the lower-case tail.
    text = text.replace(/-\p{Ll}+$/u, '');
    // "Edmunds' director": the apostrophe after a plural is outside the match.
    const possessive =
      /(?:['’]s|s['’])$/.test(text) ||
      (/s$/.test(text) && /^['’](?!\p{L})/u.test(sentence.slice(m.index + m[0].length)));
    if (possessive) text = text.replace(/['’]s$|['’]$/, '');
    if (!text) continue;
    const prev = tokens[tokens.length - 1];
    const gap = sentence.slice(prev ? prev.end : 0, m.index);
    if (prev) prev.after = gap.trim();
    tokens.push({
      text,
      start: m.index,
      end: m.index + text.length,
      cap: /^(?:\p{Lu}|\p{N}+\p{L}|[a-z]\p{Lu})/u.test(text),
      possessive,
      initial: !prev || startsClause(gap),
      after: '',
    });
  }
  const last = tokens[tokens.length - 1];
  if (last) last.after = sentence.slice(last.end).trim();
  return tokens;
}

export interface Span {
  tokens: Token[];
  text: string;
  start: number;
  end: number;
  possessive: boolean;
}

/** Joiners inside a name: "Bank of America", "Procter & Gamble". */
const JOINERS = new Set(['of', '&', 'de', 'del', 'la', 'van', 'von', 'der', 'du', 'da', 'bin', 'al']);

/**
 * Runs of capitalised words: the candidate names of people, places and organisations.
 * A sentence-initial word joins only when it is not an ordinary English word.
 */
export function properSpans(sentence: string, tokens: Token[] = tokenize(sentence)): Span[] {
  const spans: Span[] = [];
  let run: Token[] = [];
  const flush = () => {
    while (run.length && JOINERS.has(run[run.length - 1]!.text.toLowerCase())) run.pop();
    if (run.length) {
      const first = run[0]!,
        last = run[run.length - 1]!;
      spans.push({
        tokens: run,
        text: sentence.slice(first.start, last.end),
        start: first.start,
        end: last.end,
        possessive: last.possessive,
      });
    }
    run = [];
  };
  for (const t of tokens) {
    const proper = t.cap && !(t.initial && isCommonWord(t.text)) && !/^\p{N}+$/u.test(t.text);
    const joiner = run.length > 0 && JOINERS.has(t.text) && !run[run.length - 1]!.after;
    // "Procter & Gamble": the ampersand is no token, so it shows as the punctuation between two.
    if (run.length > 0 && run[run.length - 1]!.after === '&' && !proper) flush();
    if (proper || joiner) {
      run.push(t);
      if (t.possessive || (t.after && t.after !== '-' && t.after !== '&')) flush();
    } else {
      flush();
    }
  }
  flush();
  return spans;
}

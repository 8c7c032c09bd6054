import { ABBREVIATIONS } from '../vocabulary';
import { anyOf } from './pattern';
import { BUSINESS_ROLES, OFFICES } from './roles';

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Abbreviations after which a full stop does not end the sentence. */
const ABBREVIATIONS_AT_ALL = new Set(ABBREVIATIONS.all);

/** Legal suffixes: "Huawei Technologies Co. Supporters of..." ends a sentence; "Acme Inc. CEO" does not. */
const LEGAL_ABBREVIATIONS = new Set(ABBREVIATIONS.legalForms);
const AFTER_LEGAL_CONTINUES = new RegExp(
  `^(?:[A-Z]{2,}\\b|${anyOf([...OFFICES, ...BUSINESS_ROLES].map((w) => w.charAt(0).toUpperCase() + w.slice(1)))}\\b)`,
);

const TERMINATOR = /[.!?…]+["'\u201d\u2019)\]]*(?=\s+|$)/g;

/**
 * Splits prose into sentences. Hand-written because the libraries that do it well also carry
 * a full NLP model; this needs only abbreviations, initials and numbers right for news prose.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(text); m; m = TERMINATOR.exec(text)) {
    const end = m.index + m[0].length;
    const rest = text.slice(end).trimStart();
    if (rest && !endsSentence(text.slice(start, m.index + 1), m[0], rest)) continue;
    push(out, text, start, end);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: Sentence[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed) out.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
}

function endsSentence(before: string, terminator: string, rest: string): boolean {
  // The next sentence starts with a capital, a digit, a quote mark or an opening bracket.
  if (!/^["'\u201c\u2018([\p{Lu}\p{N}\p{Lo}]/u.test(rest)) return false;
  if (!terminator.startsWith('.')) return true;
  const word = /([\p{L}.]+)\.$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  if (/^\p{L}$/u.test(word)) return false; // an initial: "John F. Kennedy"
  if (LEGAL_ABBREVIATIONS.has(word)) return !AFTER_LEGAL_CONTINUES.test(rest);
  if (ABBREVIATIONS_AT_ALL.has(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) {
    // "in the U.S. The..." does end a sentence; "U.S. President" does not. Only a function word tells.
    return (
      /^(?:The|This|That|These|Those|It|Its|He|She|They|We|I|In|On|At|But|And|However|Meanwhile|A|An)\b/.test(rest) &&
      /\./.test(word)
    );
  }
  return true;
}

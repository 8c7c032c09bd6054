import type { Paragraph, Quote } from '../types';
import type { TextDoc } from '../text/document';
import { countWords } from '../text/normalize';
import { findQuoteSpans, type QuoteSpan } from './quote-marks';
import { type People } from './people';
import { Speakers, type OrgLookup } from './speakers';
import { SPEECH_VERB } from './speech';

export type { OrgLookup } from './speakers';

const LEAD = '^[\\s,.!?;:—–-]*';
const PRONOUN_VERB_AFTER = new RegExp(`${LEAD}(he|she|they|it)\\s+(?:${SPEECH_VERB})\\b`, 'i');
const VERB_AFTER = new RegExp(`${LEAD}(?:${SPEECH_VERB})\\b`, 'i');
/** `…," Commerce Secretary Wilbur Ross said` / `…,” Steve Clarke, deputy administrator at NASA, said`. */
const NAME_THEN_VERB_AFTER = new RegExp(`${LEAD}([^.!?"“”]{1,160}?)\\s+(?:${SPEECH_VERB})\\b`, 'i');
const VERB_ANYWHERE = new RegExp(`\\b(?:${SPEECH_VERB})\\b`, 'gi');
const PRONOUN_BEFORE_VERB = new RegExp(
  `\\b(he|she|they|it)\\s+(?:(?:had|has|have|also|then|later|once|again)\\s+)*(?:${SPEECH_VERB})\\b`,
  'i',
);
/** How far past a verb a speaker's name may stand: "said Brent Sherwood, vice president of…". */
const NAME_REACH = 120;
/** How far past "he told" its object may stand: "he told Benioff". */
const OBJECT_REACH = 30;
/** A name and then a pause right after the verb: `said Ross: "…"`, `says Webster, "…"`. */
const NAME_THEN_PAUSE = /^\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’.-]*\s*[,:]?\s*$/u;

/** Words in quotes shorter than this, without a speaker, are scare quotes or names, not quotes. */
const MIN_UNATTRIBUTED_WORDS = 5;
/** A quote this short needs a speech verb or colon to be taken as someone's words. */
const MIN_SUBJECT_WORDS = 3;

interface Found {
  span: QuoteSpan;
  speaker: string | null;
}

/**
 * Direct quotes and who said them. A speaker comes from the words around the quote ("said X",
 * "X said:", "he said", "according to X"), from a colon lead-in, from the subject of the
 * quote's sentence, or from the paragraph before when a quote runs on over paragraphs.
 */
export function findQuotes(doc: TextDoc, people: People, orgs: OrgLookup): Quote[] {
  const speakers = new Speakers(doc, people, orgs);
  const quotes: Quote[] = [];
  /** Who spoke last, when the paragraph before can hand its speaker on (a colon, an open quote, a quote). */
  let handedOn: string | null = null;

  doc.paragraphs.forEach((para, pi) => {
    if (para.role === 'heading' || para.role === 'caption') {
      handedOn = null;
      return;
    }
    const spans = quoteSpansOf(para);
    const found: Found[] = [];
    let saidBetween: string | null = null; // `"…," Caldwell said. "…"`: one clause serves both quotes
    spans.forEach((span, si) => {
      const prevEnd = si > 0 ? spans[si - 1]!.close : 0;
      const nextStart = si + 1 < spans.length ? spans[si + 1]!.open : para.text.length;
      const after = attributeAfter(para.text, pi, span.close, nextStart);
      found.push({ span, speaker: after ?? saidBetween ?? attributeBefore(para.text, pi, prevEnd, span.open) });
      saidBetween = after;
    });
    const paraSpeaker = found.find((f) => f.speaker)?.speaker ?? null;
    const opensWithQuote = spans[0] !== undefined && spans[0].open <= 1;
    // A paragraph that is nothing but a quote, or a block quotation, quotes whom the text was about.
    const allQuote =
      para.role === 'quote' ||
      (spans.length === 1 && opensWithQuote && spans[0]!.close >= para.text.trimEnd().length - 1);

    found.forEach(({ span, speaker }, si) => {
      const words = countWords(span.text);
      let who = speaker ?? paraSpeaker;
      if (!who && si === 0 && opensWithQuote) who = handedOn;
      if (!who && allQuote) who = speakers.latest(pi, 0, false);
      if (!who && words >= MIN_SUBJECT_WORDS && !isTitleCase(span.text)) who = speakers.subjectAt(pi, span.open);
      if (words < 2 || (!who && (words < MIN_UNATTRIBUTED_WORDS || isTitleCase(span.text)))) return;
      speakers.recordSpeaker(pi, span.open, who);
      quotes.push({ text: span.text, speaker: who, paragraphId: para.id });
    });

    const last = found[found.length - 1];
    if (/:\s*$/.test(para.text)) handedOn = paraSpeaker ?? speakers.subjectAt(pi, para.text.length);
    else if (last) handedOn = last.speaker ?? paraSpeaker ?? handedOn;
    else handedOn = null;
  });
  return quotes;

  function attributeAfter(text: string, pi: number, from: number, to: number): string | null {
    const after = text.slice(from, to);
    const pronoun = PRONOUN_VERB_AFTER.exec(after);
    if (pronoun) {
      // "he told Benioff": whoever "he" is, it is not Benioff.
      const end = from + pronoun[0].length;
      const object = speakers.nameIn(pi, end, end + OBJECT_REACH, true);
      return speakers.resolvePronoun(pronoun[1]!, pi, from, object);
    }
    const verb = VERB_AFTER.exec(after);
    if (verb) return speakers.nameIn(pi, from + verb[0].length, from + verb[0].length + NAME_REACH, true);
    const named = NAME_THEN_VERB_AFTER.exec(after);
    return named ? speakers.nameIn(pi, from, from + named[0].length, true) : null;
  }

  /** `Ross said: "…"` / `Ant Group … saying that it is "…"` / `He told Reuters: "…"` / `according to X, "…"`. */
  function attributeBefore(text: string, pi: number, from: number, to: number): string | null {
    const start = from + lastSentenceStart(text.slice(from, to));
    const sentence = text.slice(start, to);
    let verb: RegExpExecArray | null = null;
    VERB_ANYWHERE.lastIndex = 0;
    for (let m = VERB_ANYWHERE.exec(sentence); m; m = VERB_ANYWHERE.exec(sentence)) verb = m;
    if (!verb) return /:\s*$/.test(sentence) ? speakers.subjectAt(pi, to) : null;
    const verbEnd = start + verb.index + verb[0].length;
    // "Ant Group filed…, saying that it is": a participle's speaker is the sentence's subject.
    const named = /ing$/i.test(verb[0])
      ? speakers.subjectAt(pi, start + verb.index)
      : speakers.nameIn(pi, start, start + verb.index, false);
    if (named) return named;
    const pronoun = PRONOUN_BEFORE_VERB.exec(sentence.slice(0, verb.index + verb[0].length))?.[1];
    if (pronoun) return speakers.resolvePronoun(pronoun, pi, start);
    // "according to Graham Webster, …" / "said Ross: …"; not "said SpaceX would fly Starship".
    const rest = text.slice(verbEnd, to);
    return /^according to$/i.test(verb[0]) || NAME_THEN_PAUSE.test(rest)
      ? speakers.nameIn(pi, verbEnd, to, true)
      : null;
  }
}

/** A block quotation without marks is one quote, all of it. */
function quoteSpansOf(para: Paragraph): QuoteSpan[] {
  const spans = findQuoteSpans(para.text);
  if (spans.length || para.role !== 'quote') return spans;
  return [{ open: 0, close: para.text.length, text: para.text.trim(), unclosed: false }];
}

function lastSentenceStart(text: string): number {
  const re = /[.!?]["”’)]*\s+(?=["“‘(]?\p{Lu})/gu;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) start = m.index + m[0].length;
  return start;
}

function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length <= 6 && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|and|a|an|in|on|for|to)$/.test(w));
}

import type { Quote } from '../types';
import type { TextDoc } from '../text/document';
import { properSpans, tokenize, type Span } from '../text/tokens';
import { countWords } from '../text/normalize';
import { findQuoteSpans, type QuoteSpan } from './quote-marks';
import { resolvePerson, type People } from './people';
import { splitTitle } from './names';
import { SPEECH_VERB } from './speech';

/** What the quote finder needs to know of organisations, from the company extractor. */
export interface OrgLookup {
  /** Canonical company name for a mention, or null. */
  companyOf(mention: string): string | null;
}

const VERB_AFTER = new RegExp(`^[\\s,.!?;:—–-]*(?:(?:he|she|they|it|we|i)\\s+)?(?:${SPEECH_VERB})\\b`, 'i');
const PRONOUN_VERB = new RegExp(`^[\\s,.!?;:—–-]*(he|she|they|it)\\s+(?:${SPEECH_VERB})\\b`, 'i');
const VERB_ANYWHERE = new RegExp(`\\b(?:${SPEECH_VERB})\\b`, 'gi');
const PRONOUN_BEFORE_VERB = new RegExp(`\\b(he|she|they|it)\\s+(?:(?:had|has|have|also|then|later|once|again)\\s+)*(?:${SPEECH_VERB})\\b`, 'i');

/** Words in quotes shorter than this, without a speaker, are scare quotes or names, not quotes. */
const MIN_UNATTRIBUTED_WORDS = 5;

interface Mention {
  paragraph: number;
  offset: number;
  person: string | null;
  org: string | null;
}

export function findQuotes(doc: TextDoc, people: People, orgs: OrgLookup): Quote[] {
  const mentions = collectMentions(doc, people, orgs);
  const quotes: Quote[] = [];
  let carried: string | null = null; // speaker of a quote running on into the next paragraph
  let previousSpeaker: string | null = null;
  let previousEndsWithColon = false;

  doc.paragraphs.forEach((para, pi) => {
    if (para.role === 'heading' || para.role === 'caption') {
      carried = null;
      return;
    }
    const spans = findQuoteSpans(para.text);
    let paraSpeaker: string | null = null;
    const found: Array<{ span: QuoteSpan; speaker: string | null }> = [];
    spans.forEach((span, si) => {
      const prevEnd = si > 0 ? spans[si - 1]!.close : 0;
      const nextStart = si + 1 < spans.length ? spans[si + 1]!.open : para.text.length;
      const speaker =
        attributeAfter(para.text.slice(span.close, nextStart), pi, span.open) ??
        attributeBefore(para.text.slice(prevEnd, span.open), pi, prevEnd);
      found.push({ span, speaker });
      paraSpeaker ??= speaker;
    });

    found.forEach(({ span, speaker }, si) => {
      let who = speaker ?? paraSpeaker;
      if (!who && si === 0 && span.open <= 1) {
        who = carried ?? (previousEndsWithColon ? previousSpeaker : null);
      }
      const words = countWords(span.text);
      if (words < 2 || (!who && (words < MIN_UNATTRIBUTED_WORDS || isTitleCase(span.text)))) return;
      quotes.push({ text: span.text, speaker: who, paragraphId: para.id });
    });

    const last = found[found.length - 1];
    carried = last?.span.unclosed ? (last.speaker ?? paraSpeaker ?? carried) : null;
    previousEndsWithColon = /:\s*$/.test(para.text);
    previousSpeaker = paraSpeaker ?? (previousEndsWithColon ? speakerOfLeadIn(para.text, pi) : null);
  });
  return quotes;

  /** `…," said Graham Webster, editor of…` / `…," Ross said` / `…," he said`. */
  function attributeAfter(after: string, pi: number, offset: number): string | null {
    if (!VERB_AFTER.test(after)) {
      // `…," Commerce Secretary Wilbur Ross said in a statement.`
      const m = new RegExp(`^[\\s,.!?;:—–-]*([^.!?"“”]{1,80}?)\\s+(?:${SPEECH_VERB})\\b`, 'i').exec(after);
      if (!m) return null;
      return nameIn(m[1]!) ?? null;
    }
    const pronoun = PRONOUN_VERB.exec(after)?.[1];
    if (pronoun) return resolvePronoun(pronoun, pi, offset);
    const verb = new RegExp(`(?:${SPEECH_VERB})\\b`, 'i').exec(after)!;
    return nameIn(after.slice(verb.index + verb[0].length, verb.index + verb[0].length + 120), true);
  }

  /** `Ross said: "…"` / `Ant Group … saying that it is "…"` / `He told Reuters: "…"`. */
  function attributeBefore(before: string, pi: number, offset: number): string | null {
    const sentence = lastSentence(before);
    let verb: RegExpExecArray | null = null;
    VERB_ANYWHERE.lastIndex = 0;
    for (let m = VERB_ANYWHERE.exec(sentence.text); m; m = VERB_ANYWHERE.exec(sentence.text)) verb = m;
    if (!verb) return null;
    const lead = sentence.text.slice(0, verb.index);
    const pronoun = PRONOUN_BEFORE_VERB.exec(sentence.text.slice(0, verb.index + verb[0].length))?.[1];
    const named = nameIn(lead);
    if (named) return named;
    if (pronoun) return resolvePronoun(pronoun, pi, offset + sentence.start);
    // "according to Graham Webster, …"
    return nameIn(sentence.text.slice(verb.index + verb[0].length), true);
  }

  function speakerOfLeadIn(text: string, pi: number): string | null {
    return attributeBefore(text, pi, 0);
  }

  /** The speaker named in a stretch of text: the first person or organisation in it. */
  function nameIn(text: string, first = false): string | null {
    const spans = properSpans(text, tokenize(text));
    const ordered = first ? spans : [...spans].reverse();
    for (const span of ordered) {
      const who = speakerName(span);
      if (who) return who;
    }
    return null;
  }

  function speakerName(span: Span): string | null {
    const company = orgs.companyOf(span.text);
    const parts = splitTitle(span);
    const person = resolvePerson(people, parts.name);
    if (person) return person;
    if (company) return company;
    if (parts.nameTokens.length >= 2 && parts.nameTokens.length <= 4 && people.names.some((n) => n === parts.name)) return parts.name;
    return null;
  }

  function resolvePronoun(pronoun: string, pi: number, offset: number): string | null {
    const wantOrg = /^(it|they)$/i.test(pronoun);
    for (let k = mentions.length - 1; k >= 0; k--) {
      const m = mentions[k]!;
      if (m.paragraph > pi || (m.paragraph === pi && m.offset >= offset)) continue;
      if (wantOrg ? m.org : m.person) return wantOrg ? m.org : m.person;
    }
    return null;
  }
}

function lastSentence(text: string): { text: string; start: number } {
  const re = /[.!?]["”’)]*\s+(?=["“‘(]?\p{Lu})/gu;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) start = m.index + m[0].length;
  return { text: text.slice(start), start };
}

function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length <= 6 && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|and|a|an|in|on|for|to)$/.test(w));
}

function collectMentions(doc: TextDoc, people: People, orgs: OrgLookup): Mention[] {
  const out: Mention[] = [];
  for (const s of doc.sentences) {
    for (const span of s.spans) {
      const person = resolvePerson(people, splitTitle(span).name);
      const org = person ? null : orgs.companyOf(span.text);
      if (person || org) out.push({ paragraph: s.paragraph, offset: s.offset + span.start, person, org });
    }
  }
  return out;
}

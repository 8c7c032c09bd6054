import type { Paragraph, Quote } from '../types';
import type { TextDoc } from '../text/document';
import { countWords } from '../text/normalize';
import type { QuoteSpan } from './quote-marks';
import { resolvePerson, type People } from './people';
import { Speakers, type OrgLookup } from './speakers';
import { SPEECH_VERB, SURE_SPEECH_VERB } from './speech';
import { ABBREVIATIONS } from '../vocabulary';
import { anyOf } from '../text/pattern';

export type { OrgLookup } from './speakers';

const LEAD = '^[\\s,.!?;:—–-]*';
const PRONOUN_VERB_AFTER = new RegExp(`${LEAD}(he|she|they|it)\\s+(?:${SPEECH_VERB})\\b`, 'i');
const VERB_AFTER = new RegExp(`${LEAD}(?:${SPEECH_VERB})\\b`, 'i');
/** A full stop inside a clause: "Mr. Webster", "Sen. Warner", "John F. Kennedy". */
const ABBREVIATION_DOT = `(?<=\\b(?:${ABBREVIATIONS.keptWithWord.filter((a) => !a.includes('.')).join('|')}|[A-Z]))\\.`;
/**
 * `…," Commerce Secretary Wilbur Ross said` / `…,” Steve Clarke, deputy administrator at NASA, said` /
 * `…” be struck down by a court, he told reporters` / `…,” the company said`.
 */
const CLAUSE_THEN_VERB_AFTER = new RegExp(
  `${LEAD}((?:[^.!?"“”]|${ABBREVIATION_DOT}){1,160}?)\\s+(?:${SPEECH_VERB})\\b`,
  'i',
);
const PRONOUN_AT_END = /\b(he|she|they|it)$/i;
const VERB_ANYWHERE = new RegExp(`\\b(?:${SPEECH_VERB})\\b`, 'gi');
const SURE_VERB_ANYWHERE = new RegExp(`\\b(?:${SURE_SPEECH_VERB})\\b`, 'i');
/** `…,” the source said`: a clause of its own after the quote, by a verb that is surely one. */
const SURE_CLAUSE_AFTER = new RegExp(
  `${LEAD}(?:[^.!?"“”]|${ABBREVIATION_DOT}){0,160}?\\b(?:${SURE_SPEECH_VERB})\\b`,
  'i',
);
const PRONOUN_BEFORE_VERB = new RegExp(
  `\\b(he|she|they|it)\\s+(?:(?:had|has|have|also|then|later|once|again)\\s+)*(?:${SPEECH_VERB})\\b`,
  'i',
);
const THAT_AFTER = /^\s+that\b/i;
/** "the letter Hale wrote was “…”": a verb inside a clause that describes a noun, followed by the main verb. */
const RELATIVE_VERB_AFTER = /^\s+(?:was|is|were|are)\b/i;
/** "was described as", "is called": said of someone, by no one named. */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?$/iu;
/**
 * Words right before a quote that make it something said of the sentence's subject, not words
 * the subject spoke: `Musk was “acting like a child”`, `was described as “armed”`, `whether he was “…”`.
 */
const DESCRIBED_BEFORE = /\b(?:(?:is|are|was|were|be|been|being)(?:\s+\p{L}+)?(?:\s+as)?|because)\s*$/iu;
/** `a show called “…”`: what stands next is a name, not words someone spoke. */
const NAMING_BEFORE = /\b(?:called|named|titled|entitled|dubbed)\s*$/i;
/** How far past a verb a speaker's name may stand: "said Brent Sherwood, vice president of…". */
const NAME_REACH = 120;
/** How far past "he told" its object may stand: "he told Benioff". */
const OBJECT_REACH = 30;
/** A name and then a pause right after the verb: `said Ross: "…"`, `says Webster, "…"`. */
const NAME_THEN_PAUSE = /^\s+(?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’.-]*\s*[,:]?\s*$/u;

/**
 * The line that signs a block quotation: "— Name (@handle) date" under an embedded post, "— Name,
 * Work" under an epigraph. The name runs to the first bracket or comma.
 */
const SIGNATURE = /^[—–-]\s*([\p{Lu}\p{N}][^(),\n]{0,79}?)\s*(?:[(,]|$)/u;
const MAX_SIGNER_WORDS = 6;

/** A quote's close that ends a spoken sentence: `,”`, `?”`, `!”`, or `”,`. */
const SPEECH_CLOSE = /[,?!]["”’]|["”’],/;
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
 * "X said:", "he said", "the company said", "according to X"), from a colon lead-in, from the
 * person subject of the quote's sentence, or from the paragraph before when a quote runs on over
 * paragraphs. Words said of someone ("was described as “…”") and quotes no clause attributes
 * keep a null speaker rather than a guess.
 */
export function findQuotes(doc: TextDoc, people: People, orgs: OrgLookup): Quote[] {
  const speakers = new Speakers(doc, people, orgs);
  const signatures = doc.paragraphs.map(signatureOf);
  const signed = signedBy(doc.paragraphs, signatures);
  const quotes: Quote[] = [];
  /** Who spoke last, when the paragraph before can hand its speaker on (a colon, an open quote, a quote). */
  let handedOn: string | null = null;
  /** Whom the block quotation just before was given to: the next paragraph of it goes on with them. */
  let blockSpeaker: string | null = null;

  doc.paragraphs.forEach((para, pi) => {
    if (para.role === 'heading' || para.role === 'caption' || signatures[pi]) {
      handedOn = null;
      blockSpeaker = null;
      return;
    }
    const spans = quoteSpansOf(para, speakers.quoteSpans(pi));
    const continued = blockSpeaker;
    blockSpeaker = null;
    // "Hale wrote:" before a block quotation, or the block quotation it continues, hands on its speaker.
    const previous = doc.paragraphs[pi - 1];
    const introduced = previous !== undefined && (previous.role === 'quote' || /:\s*$/.test(previous.text));
    const found: Found[] = [];
    let saidBetween: string | null = null; // `"…," Caldwell said. "…"`: one clause serves both quotes
    /** Spans before this one are titles inside the clause after a quote, no one's words. */
    let clauseTitlesUntil = 0;
    spans.forEach((span, si) => {
      if (si < clauseTitlesUntil) {
        found.push({ span, speaker: null });
        return;
      }
      const prevEnd = si > 0 ? spans[si - 1]!.close : 0;
      // `…,” the “Pose” actor said`: a title in marks inside the clause after a quote is part of it.
      let next = si + 1;
      while (next < spans.length && isTitleInClause(para.text, spans[next]!)) next++;
      clauseTitlesUntil = next;
      const nextStart = next < spans.length ? spans[next]!.open : para.text.length;
      const after = attributeAfter(para.text, pi, span.close, nextStart);
      const before = attributeBefore(para.text, pi, prevEnd, span.open);
      // The clause between serves a quote with no clause of its own before it.
      const between = saysBefore(para.text, pi, prevEnd, span.open) ? null : saidBetween;
      found.push({ span, speaker: after ?? between ?? before });
      saidBetween = after;
    });
    const paraSpeaker = found.find((f) => f.speaker)?.speaker ?? null;
    const opensWithQuote = spans[0] !== undefined && spans[0].open <= 1;
    const allQuote = spans.length === 1 && opensWithQuote && spans[0]!.close >= para.text.trimEnd().length - 1;
    /** The paragraph's last quote has a clause of its own that names no one the article names. */
    let endsUnnamed = false;
    /** The quote before was kept as the words of someone unnamed: the next one without a clause goes on with them. */
    let unnamedSpeech = false;
    found.forEach(({ span, speaker }, si) => {
      const words = countWords(span.text);
      // `“…,” officials said`: a clause of its own that names no one hands on no one either.
      const ownClause = saysAfter(para.text, span.close, spans[si + 1]?.open ?? para.text.length);
      // `“Kaine in a blowout,” an Iowa Republican predicted. “He has a personality.”`: a sentence
      // that goes on from the words of someone unnamed is theirs too.
      const goesOnUnnamed = unnamedSpeech && !speaker && isOwnSentence(para.text, pi, span);
      // `“Kaine in a blowout,” an Iowa Republican predicted`, `One voter asked, “Who cares?”`: a
      // sentence set off by a comma or colon from a clause of its own is speech, however short and
      // whoever said it.
      const speech =
        goesOnUnnamed ||
        (/^\p{Lu}/u.test(span.text) &&
          (ownClause
            ? SPEECH_CLOSE.test(para.text.slice(span.close - 2, span.close + 1))
            : /[,:]\s*$/.test(para.text.slice(0, span.open)) &&
              saysBefore(para.text, pi, spans[si - 1]?.close ?? 0, span.open)));
      // "…, Hale said. But his old teacher told Hale that “…”": whoever spoke, the clause says
      // it was not the paragraph's speaker.
      const unnamed =
        goesOnUnnamed || (!speaker && attributed(para.text, pi, span, spans[si - 1]?.close ?? 0, spans[si + 1]?.open));
      endsUnnamed = unnamed;
      let who = speaker ?? (unnamed ? null : paraSpeaker);
      if (!who && si === 0 && opensWithQuote && !ownClause && (para.role !== 'quote' || introduced)) who = handedOn;
      // A block quotation (an embedded post, a pull quote) is no one's unless the text right before
      // introduces it ("Hale tweeted on Monday.") or a clause inside names its speaker: the person
      // the text is about quotes others, and pulls out the writer's own lines, as often as their own;
      // a paragraph of prose that is only a quote, the person the paragraph before ended on
      // ("…he defended his decision.").
      if (!who && !unnamed && para.role === 'quote' && pi > 0)
        who = previous?.role === 'quote' ? continued : speakers.introducedBy(pi - 1);
      if (!who && allQuote && para.role !== 'quote' && pi > 0) who = speakers.endsOnPerson(pi - 1);
      // "Hale expects three more. “Adding a fourth is not possible.”": a quote that is a sentence of
      // its own, with no clause to say who spoke, goes on from the person the sentence before is about.
      if (!who && !unnamed && !ownClause && isOwnSentence(para.text, pi, span))
        who = speakers.sentenceBeforeOnPerson(pi, span.open);
      if (
        !who &&
        !unnamed &&
        words >= MIN_SUBJECT_WORDS &&
        !isTitleCase(span.text) &&
        !describes(para.text, pi, span.open)
      )
        who = speakers.subjectAt(pi, span.open, true);
      // "“Reyes did nothing wrong,” the lawyer for Reyes said": whom the words are about, not who spoke.
      if (who && !speakers.isOrganisation(who) && namesInQuote(span.text, who)) who = null;
      // A signed block quotation is the signer's, whatever it mentions, unless a clause inside says
      // otherwise; a signer the article names ("Rep. Jane Roe" for Jane Roe) by the name it gave.
      if (!speaker && signed.has(pi)) who = resolvePerson(people, signed.get(pi)!) ?? signed.get(pi)!;
      // A title in quotes ("“The Long Road,” “Quiet Waters”") is no one's words unless a clause of
      // its own says someone said it: the paragraph's speaker does not make it speech, nor does
      // "called" before it ("a show called “Ask the Doctor”").
      const title = isTitleCase(span.text) && (!speaker || NAMING_BEFORE.test(para.text.slice(0, span.open)));
      const kept = words >= 2 && (who !== null || speech || words >= MIN_UNATTRIBUTED_WORDS) && !title;
      unnamedSpeech = kept && !who && speech;
      if (!kept) return;
      speakers.recordSpeaker(pi, span.open, who);
      quotes.push({ text: span.text, speaker: who, paragraphId: para.id });
      if (para.role === 'quote') blockSpeaker = who;
    });

    const last = found[found.length - 1];
    if (/:\s*$/.test(para.text)) handedOn = paraSpeaker ?? speakers.subjectAt(pi, para.text.length);
    // `Globex said: “…”` of a speaker left unresolved hands on no one, not an earlier speaker.
    else if (last) handedOn = last.speaker ?? paraSpeaker ?? (endsUnnamed ? null : handedOn);
    else handedOn = null;
  });
  return quotes;

  /** Whether a speech verb attributes the quote that ends at `from`: `…,” officials said`. */
  function saysAfter(text: string, from: number, to: number): boolean {
    const after = text.slice(from, to);
    return VERB_AFTER.test(after) || CLAUSE_THEN_VERB_AFTER.test(after);
  }

  /**
   * Whether a speech verb in the quote's own sentence attributes it, before it (`his old teacher told
   * Hale that “…”`) or after it (`“…,” a source said`), between the quotes either side.
   */
  function attributed(text: string, pi: number, span: QuoteSpan, from: number, to = text.length): boolean {
    return SURE_CLAUSE_AFTER.test(text.slice(span.close, to)) || saysBefore(text, pi, from, span.open);
  }

  /** Whether a speech verb stands in the quote's own sentence before it, after the quote before. */
  function saysBefore(text: string, pi: number, from: number, open: number): boolean {
    return SURE_VERB_ANYWHERE.test(text.slice(Math.max(from, speakers.sentenceStart(pi, open)), open));
  }

  /** Whether a quote makes a whole sentence: nothing of its sentence before it, its end in or right after it. */
  function isOwnSentence(text: string, pi: number, span: QuoteSpan): boolean {
    const ends = /[.!?…]$/.test(text.slice(span.open, span.close - 1)) || /^[.!?]/.test(text.slice(span.close));
    return ends && text.slice(speakers.sentenceStart(pi, span.open), span.open).trim() === '';
  }

  /** Whether the quote at `open` describes its sentence's subject rather than giving its words. */
  function describes(text: string, pi: number, open: number): boolean {
    return DESCRIBED_BEFORE.test(text.slice(speakers.sentenceStart(pi, open), open));
  }

  function attributeAfter(text: string, pi: number, from: number, to: number): string | null {
    // Only titles' marks are left between the two ends; the clause reads on over them.
    const after = text.slice(from, to).replace(/["“”]/g, ' ');
    const pronoun = PRONOUN_VERB_AFTER.exec(after);
    if (pronoun) {
      // "he told Benioff": whoever "he" is, it is not Benioff.
      const end = from + pronoun[0].length;
      const object = speakers.nameIn(pi, end, end + OBJECT_REACH, true);
      return speakers.resolvePronoun(pronoun[1]!, pi, from, object);
    }
    const verb = VERB_AFTER.exec(after);
    if (verb) {
      const end = from + verb[0].length;
      return (
        speakers.nameIn(pi, end, end + NAME_REACH, true) ??
        // "said the company", "said a spokeswoman": the reference stands right after the verb.
        speakers.referenceOpening(pi, text.slice(end, to), from)
      );
    }
    const read = speakers.readOut(pi, after, from);
    if (read) return read;
    const clause = CLAUSE_THEN_VERB_AFTER.exec(after);
    // `“…steakhouse.” Martha added that…`: after a quote closed by a full stop, a verb with a
    // "that" clause starts a sentence of its own, reporting something else.
    const newSentence =
      clause && /\.["”’]$/.test(text.slice(from - 2, from)) && THAT_AFTER.test(after.slice(clause[0].length));
    if (clause && !newSentence) {
      const clauseEnd = from + clause[0].length;
      const subject = clause[1]!;
      const pronounAtEnd = PRONOUN_AT_END.exec(subject)?.[1];
      return (
        speakers.nameIn(pi, from, clauseEnd, true) ??
        (pronounAtEnd ? speakers.resolvePronoun(pronounAtEnd, pi, from) : speakers.resolveReference(pi, subject, from))
      );
    }
    // `…,” Mark McCaughrean, senior science adviser at ESA.`: a name and a role, the verb left out.
    return /^[,;]?["”’]/.test(text.slice(from - 2, from)) && /^\s+[^,.]+,/.test(after)
      ? speakers.personAt(pi, from + 1, to)
      : null;
  }

  /** `Ross said: "…"` / `Ant Group … saying that it is "…"` / `He told Reuters: "…"` / `according to X, "…"`. */
  function attributeBefore(text: string, pi: number, from: number, to: number): string | null {
    const start = Math.max(from, speakers.sentenceStart(pi, to));
    const sentence = text.slice(start, to);
    let verb: RegExpExecArray | null = null;
    VERB_ANYWHERE.lastIndex = 0;
    for (let m = VERB_ANYWHERE.exec(sentence); m; m = VERB_ANYWHERE.exec(sentence))
      if (!RELATIVE_VERB_AFTER.test(sentence.slice(m.index + m[0].length))) verb = m;
    if (!verb) return /:\s*$/.test(sentence) ? speakers.subjectAt(pi, to) : null;
    const beforeVerb = sentence.slice(0, verb.index);
    // "who was described as “armed and dangerous”": said of someone, by someone unnamed.
    if (PASSIVE_BEFORE.test(beforeVerb) && !/^according/i.test(verb[0])) return null;
    const verbEnd = start + verb.index + verb[0].length;
    // "Ant Group filed…, saying that it is": a participle's speaker is the sentence's subject, or
    // the name just before it in its clause ("Trump’s tweet calling her").
    const named = /ing$/i.test(verb[0])
      ? (speakers.nameIn(pi, start + clauseStart(beforeVerb), start + verb.index, false) ??
        speakers.subjectAt(pi, start + verb.index))
      : (speakers.appositionHead(pi, start, start + verb.index) ??
        speakers.nameIn(pi, start, start + verb.index, false));
    if (named) return named;
    const pronoun = PRONOUN_BEFORE_VERB.exec(sentence.slice(0, verb.index + verb[0].length))?.[1];
    if (pronoun) return speakers.resolvePronoun(pronoun, pi, start);
    const reference = speakers.resolveReference(pi, beforeVerb, start + verb.index);
    if (reference) return reference;
    // "according to Graham Webster, …" / "said Ross: …"; not "said SpaceX would fly Starship".
    const rest = text.slice(verbEnd, to);
    if (/^according to$/i.test(verb[0]))
      return speakers.nameIn(pi, verbEnd, to, true) ?? speakers.referenceOpening(pi, rest, verbEnd);
    return NAME_THEN_PAUSE.test(rest) ? speakers.nameIn(pi, verbEnd, to, true) : null;
  }
}

/** Where the last clause of a stretch of text starts: after its last comma, semicolon or dash. */
function clauseStart(text: string): number {
  const m = /[,;—–](?=[^,;—–]*$)/.exec(text);
  return m ? m.index + 1 : 0;
}

/** The signer a block quotation's last line names, or null when the paragraph is no such line. */
function signatureOf(para: Paragraph): string | null {
  if (para.role !== 'quote') return null;
  const name = SIGNATURE.exec(para.text.trim())?.[1]?.trim();
  return name && countWords(name) <= MAX_SIGNER_WORDS ? name : null;
}

/**
 * Each block-quotation paragraph signed by a line after it (`signatures`, one per paragraph),
 * back to the last signature or prose.
 */
function signedBy(paragraphs: readonly Paragraph[], signatures: ReadonlyArray<string | null>): Map<number, string> {
  const signed = new Map<number, string>();
  signatures.forEach((signer, pi) => {
    if (!signer) return;
    for (let q = pi - 1; q >= 0 && paragraphs[q]!.role === 'quote' && !signatures[q]; q--) signed.set(q, signer);
  });
  return signed;
}

/** A paragraph's quotes (`spans`, by their marks); a block quotation without marks is one quote, all of it. */
function quoteSpansOf(para: Paragraph, spans: QuoteSpan[]): QuoteSpan[] {
  if (spans.length || para.role !== 'quote') return spans;
  return [{ open: 0, close: para.text.length, text: para.text.trim(), unclosed: false }];
}

/** Whether a quote names the person by their last name: it speaks of them. */
function namesInQuote(quote: string, person: string): boolean {
  const last = person.split(/\s+/).at(-1)!;
  return last.length > 1 && new RegExp(`(?<![\\p{L}])${anyOf([last])}(?![\\p{L}])`, 'u').test(quote);
}

/** A title in marks that a lower-case word goes on from: `the “Pose” actor`, not a quote of its own. */
function isTitleInClause(text: string, span: QuoteSpan): boolean {
  return (
    !span.unclosed && isTitleCase(span.text) && countWords(span.text) <= 4 && /^\s+\p{Ll}/u.test(text.slice(span.close))
  );
}

function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length <= 6 && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|and|a|an|in|on|for|to)$/.test(w));
}

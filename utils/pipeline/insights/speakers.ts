import type { SentenceInfo, TextDoc } from '../text/document';
import type { Span, Token } from '../text/tokens';
import {
  APPOSITION_LEAD,
  COLLECTIVE_VERB_AFTER,
  INDEFINITE_WORDS_BEFORE,
  isBodyByGrammar,
  isBodyName,
  isOrganisationName,
  nameLikeWords,
  splitTitle,
} from './names';
import { isCommonWord, isFunctionWord, isPlaceWord, isRoleWord } from '../text/lexicon';
import { genderOfWord, resolvePerson, speaksAt, type Gender, type People } from './people';
import { ORG_WORDS, REFERENCE_WORDS } from '../vocabulary';
import { anyOf } from '../text/pattern';
import { findQuoteSpans, type QuoteSpan } from './quote-marks';
import { SPEAKER_AFTER_VERB, SPEECH_VERB, SURE_SPEECH_VERB } from './speech';

/** What the quote finder needs to know of organisations, from the company extractor. */
export interface OrgLookup {
  /** Canonical company name for a mention, or null. */
  companyOf(mention: string): string | null;
}

/** A person or organisation named in a paragraph, at offsets in the paragraph's text. */
interface Named {
  start: number;
  end: number;
  person: string | null;
  org: string | null;
  /** The organisation is a business the company finder knows. */
  company: boolean;
  possessive: boolean;
  /** The first person named in its sentence: who "he" or "she" most likely refers to next. */
  subject: boolean;
  /** Named inside quote marks: spoken of by the speaker, never whom a later pronoun stands for. */
  quoted: boolean;
  /** Named after a pronoun subject ("he met Carver"): not whom that pronoun, or the next, stands for. */
  pronounObject: boolean;
  sentenceStart: number;
}

const COUNTRY_INITIALS = new Set(['US', 'U.S.', 'USA', 'U.S.A.', 'UK', 'U.K.', 'UAE', 'EU', 'E.U.']);

/** How far back (in paragraphs) a pronoun may look for the one it stands for. */
const PRONOUN_REACH = 6;

/** A sentence that opens on a pronoun, perhaps after a linking word: "However, he defended…". */
const LEADING_PRONOUN = /^(?:\p{L}+,?\s+)?(he|she)\b/iu;
/** Only titles or nothing before a name that opens its clause: "Cmdr. Peter Hollis, …". */
const CLAUSE_OPENING = /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;
/** "Rules get broken, he said.": a sentence that ends on a clause of its own saying who spoke. */
const PRONOUN_SAID_END = new RegExp(`,\\s*(he|she)\\s+(?:${SPEECH_VERB})\\s*[.!?]?$`, 'iu');
/** A pronoun before a name in its sentence, outside quote marks: the pronoun is the subject. */
const LEADING_SUBJECT_PRONOUN = /^[^“”"]*\b(?:he|she|they)\b[^“”"]*$/i;
/** A sentence that opens on a pronoun subject, perhaps after an opening phrase: "During the visit, he…". */
const PRONOUN_OPENING = /^(?:[^,“”"]{0,40},\s*)?(?:he|she|they)\b/i;
/** How far into a sentence its subject may stand: "On Monday, Mark Zuckerberg said…". */
const SUBJECT_REACH = 30;

/** "the company", "the chipmaker": a singular noun standing for a business named before. */
const COMPANY_REFERENCE = referenceTo(ORG_WORDS.businessNouns);
/**
 * "the agency", "the board": a singular noun standing for any organisation named before; its
 * words before the noun captured ("Ruritanian interior" in "the Ruritanian interior ministry").
 */
const BODY_REFERENCE = new RegExp(`\\bthe\\s+((?:[\\p{L}-]+\\s+){0,2}?)(${anyOf(REFERENCE_WORDS.bodyNouns)})$`, 'iu');
/** "the spokeswoman", "a company spokesman": a person the article may have named with that role. */
const PERSON_REFERENCE = new RegExp(
  `\\b(the|a|an)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(${anyOf(REFERENCE_WORDS.personNouns)})$`,
  'iu',
);

/**
 * "the actor", "the 45-year-old", "the “Pose” actor previously": a definite noun phrase that may
 * stand for a person the article has described so (the head noun captured).
 */
const DESCRIBED_REFERENCE = /\bthe\s+(?:[\p{L}\p{N}'’“”"-]+\s+){0,2}?([\p{L}\p{N}-]+)(?:\s+\p{Ll}+ly)?$/iu;
/** "45-year-old": an age, which only a person is given. */
const AGE_NOUN = /^\d{1,3}-year-old$/;
/** "a doctor on the scene", "one legal expert": someone the article introduces without a name. */
const UNNAMED_PERSON = /(?:^|[^,\s]\s*)\b(?:a|an|one|another)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/giu;

const SPEAKS_FOR = anyOf(REFERENCE_WORDS.speaksFor);
/** "Globex's spokeswoman", "Reyes's campaign office": after a possessive, someone speaking in its name. */
const SPEAKS_FOR_AFTER = new RegExp(`^(?:['’]s?)?\\s*(?:[\\p{L}-]+\\s+){0,2}?${SPEAKS_FOR}\\b`, 'iu');
/**
 * "a lawyer for", "an analyst at", "the team behind the survey printed in the magazine": someone
 * or something other than the name that follows, which only qualifies it.
 */
const SOMEONE_OF_BEFORE =
  /\b(\p{Ll}[\p{L}-]*)\s+(?:for|of|at|with|representing|in|on|close\s+to)\s+(?:(?:the|a|an)\s+)?(?:(?!(?:what|which|who|whom|whose|that)\s)\p{Ll}[\p{L}-]*\s+){0,2}$/u;
/** "ESA geologist Maria Castellano": only a role's lower-case words between an organisation and a person. */
const MODIFIER_GAP = /^\s+(?:(?!(?:and|or|with|to|from|by|for|of|at|in|on)\s)\p{Ll}[\p{L}-]*\s+){1,4}$/u;
/** "the Ruritanian army", "Globex officials": the name only qualifies the body after it. */
const BODY_HEAD_AFTER = new RegExp(`^\\s+${anyOf(REFERENCE_WORDS.bodyHeads)}\\b`, 'i');
/** A clause that ends on such a body: "the Ruritanian army", "Globex officials". */
const BODY_HEAD_END = new RegExp(`\\b${anyOf(REFERENCE_WORDS.bodyHeads)}$`, 'i');
const SPEAKS_FOR_WORD = new RegExp(`^${SPEAKS_FOR}$`, 'iu');

const DOCUMENT = anyOf(REFERENCE_WORDS.documentNouns);
/** A statement or press release mentioned in a sentence. */
const DOCUMENT_MENTION = new RegExp(`\\b${DOCUMENT}\\b`, 'giu');
/** A clause that ends on one: "the statement", "Globex’s statement", "a joint statement". */
const DOCUMENT_REFERENCE = new RegExp(`\\b${DOCUMENT}$`, 'iu');
/** `…,” read a statement from Globex`, `…,” reads the company’s statement`. */
const READ_DOCUMENT = new RegExp(`^[\\s,.!?;:—–-]*reads?\\s+(?:[\\p{L}'’-]+\\s+){0,3}?${DOCUMENT}\\b`, 'iu');
/** `…,” the statement read`, `…,” Globex’s statement reads`: the document, then "read". */
const DOCUMENT_READ = new RegExp(
  `^[\\s,.!?;:—–-]*(?:the|its|their|his|her|\\p{L}+['’]s)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?${DOCUMENT}\\s+reads?\\b`,
  'iu',
);
/** "a statement from Globex", "a press release issued by the agency": its issuer follows. */
const ISSUED_BY = /^\s+(?:(?:issued|released|sent|put\s+out)\s+)?(?:from|by)\s+/i;
/** How far past "from" or "by" the issuer's name may stand. */
const ISSUER_REACH = 60;
/** Up to two words between an issuer's possessive and the document: "Globex’s written statement". */
const BEFORE_DOCUMENT = /^\s*(?:[\p{L}-]+\s+){0,2}$/u;
/** "the company’s", "its": a possessive reference right before the document. */
const POSSESSIVE_BEFORE_DOCUMENT = /(?:['’]s?|\b(it|his|her)s?)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/**
 * "the company said in a statement", "he said in a statement": a reference or pronoun as the
 * issuer; not "the United States army said", whose "States" is no verb.
 */
const ISSUER_CLAUSE = new RegExp(
  `^(.*?)\\s+(?:(?:also|then|later)\\s+)?(?:${SURE_SPEECH_VERB}|issued|released|put\\s+out)\\b`,
  'iu',
);
/** A document named in an opening phrase: "In a statement,", "In its press release on Monday,". */
const LEAD_IN = /^\s*(?:in|with)\s+\S+\s*(?:[\p{L}-]+\s+){0,2}$/iu;
/**
 * A speech verb whose object is what was said ("said Reyes had…"); not "according to", which
 * names its speaker after it, nor "told", which names its listener.
 */
const SPEECH_VERB_BEFORE = new RegExp(`\\b(?!according\\b)${SPEAKER_AFTER_VERB}\\b`, 'iu');
const PRONOUN_ISSUER = /\b(he|she|it)$/i;
/** "said in a statement", "announced on Monday": the verb of an organisation issuing its word. */
const ISSUES_AFTER = new RegExp(
  `^\\s+(?:(?:also|then|later)\\s+)?(?:(?:said|says)\\s+in\\s+(?:a|an|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?${DOCUMENT}|announced|announces)\\b`,
  'iu',
);
const SURE_SPEECH_BEFORE = new RegExp(`\\b(?:${SURE_SPEECH_VERB})\\b`, 'iu');
/** "she wrote", "he also tweeted": a pronoun as the subject of the verb after it. */
const PRONOUN_BEFORE = /\b(he|she|it|they)\s+(?:(?:also|then|later)\s+)?$/i;

function referenceTo(nouns: readonly string[]): RegExp {
  return new RegExp(`\\bthe\\s+(?:[\\p{L}-]+\\s+){0,2}?(${anyOf(nouns)})$`, 'iu');
}

/**
 * Who is named where, for attributing quotes: names in a stretch of a paragraph, and the person
 * or organisation a pronoun stands for (the latest sentence subject or quote speaker before it).
 */
export class Speakers {
  private readonly named: Named[][];
  /** Speakers of the quotes found so far, by paragraph: "he said" often continues them. */
  private readonly spoke: Array<Array<{ offset: number; person: string }>>;
  private readonly orgNames = new Set<string>();
  private readonly sentences: SentenceInfo[][];
  private readonly people: People;
  private readonly texts: string[];
  /** Who issued each statement the article mentions, where it mentions it. */
  private readonly issued: Array<Array<{ offset: number; who: string | null }>> = [];
  /** Each paragraph's quotes by their marks, found once for this table and for the quote finder. */
  private readonly quotes: QuoteSpan[][];

  constructor(doc: TextDoc, people: People, orgs: OrgLookup) {
    this.people = people;
    this.quotes = doc.paragraphs.map((p) => findQuoteSpans(p.text));
    this.named = doc.byParagraph.map((sentences, p) =>
      sentences.flatMap((s) => {
        let subject = false;
        return joinBodyNames(s.text, joinOpeningWord(s.text, s.spans)).flatMap((span): Named[] => {
          const parts = splitTitle(span);
          const known = resolvePerson(people, parts.name, parts.role);
          const company = known ? null : orgs.companyOf(span.text);
          const org =
            company ??
            (known
              ? null
              : (orgName(span) ?? placeIssuer(s.text, span) ?? (isBodyByGrammar(s.text, span) ? span.text : null)));
          // "“…,” Makarov said" of someone the article never named in full: the name as given.
          const person = known ?? (!org && speaksAt(s.text, span) && isNameOnly(parts.nameTokens) ? parts.name : null);
          if (!person && !org) return [];
          if (org) this.orgNames.add(org);
          const at = s.offset + span.start;
          const quoted = this.quotes[p]!.some((q) => at > q.open && at < q.close);
          // "In the spring, he phoned Carver": after a pronoun subject, a name is its object.
          const afterPronoun = LEADING_SUBJECT_PRONOUN.test(s.text.slice(0, span.start));
          const first = person !== null && !subject && !quoted && !afterPronoun;
          subject ||= first;
          return [
            {
              start: s.offset + span.start,
              end: s.offset + span.end,
              person,
              org,
              company: company !== null,
              possessive: span.possessive,
              subject: first,
              quoted,
              pronounObject: afterPronoun && PRONOUN_OPENING.test(s.text),
              sentenceStart: s.offset,
            },
          ];
        });
      }),
    );
    this.spoke = doc.paragraphs.map(() => []);
    this.sentences = doc.byParagraph;
    this.texts = doc.paragraphs.map((p) => p.text);
    doc.byParagraph.forEach((sentences, p) => {
      this.issued.push([]);
      for (const s of sentences) this.issued[p]!.push(...this.issuersIn(p, s, this.quotes[p]!));
    });
  }

  /** The quotes a paragraph holds, by their marks. */
  quoteSpans(paragraph: number): QuoteSpan[] {
    return this.quotes[paragraph] ?? [];
  }

  /**
   * The issuers of the statements a sentence mentions (outside quotes): the name after "from" or
   * "by" ("a statement from Globex"), the possessive before it ("Globex’s statement", "the
   * company’s statement"), else the sentence's own subject ("Globex said in a statement", "In a
   * statement, Globex said", "the company said in a statement").
   */
  private issuersIn(p: number, s: SentenceInfo, quoted: Array<{ open: number; close: number }>) {
    const out: Array<{ offset: number; who: string | null }> = [];
    const outside = (at: number) => !quoted.some((q) => at >= q.open && at < q.close);
    const named = (this.named[p] ?? []).filter(
      (n) =>
        n.sentenceStart === s.offset && outside(n.start) && n.start >= s.offset && !qualifiesBody(this.texts[p]!, n),
    );
    for (const m of s.text.matchAll(DOCUMENT_MENTION)) {
      const at = s.offset + m.index;
      if (!outside(at)) continue;
      const end = at + m[0].length;
      const rest = s.text.slice(m.index + m[0].length);
      // The words before it in its own clause, not those of a quote before it.
      const quoteEnd = Math.max(s.offset, ...quoted.filter((q) => q.close <= at).map((q) => q.close));
      const before = s.text.slice(quoteEnd - s.offset, m.index);
      const by = ISSUED_BY.exec(rest);
      const owner = named.find(
        (n) => n.possessive && n.end <= at && BEFORE_DOCUMENT.test(s.text.slice(n.end - s.offset, m.index)),
      );
      const possessive = POSSESSIVE_BEFORE_DOCUMENT.exec(before);
      const whole = ISSUER_CLAUSE.exec(before)?.[1]?.trim() ?? '';
      // "Two soldiers died in a crash, the military said in a statement": the verb's subject is the
      // phrase after the last comma when one opens there, not a name earlier in the sentence.
      const tail = /,\s*((?:the|a|an)\s[^,]*)$/i.exec(whole);
      const clause = tail ? tail[1]! : whole;
      const from = tail ? quoteEnd + before.indexOf(whole) + tail.index : s.offset;
      // "In a statement, Globex said": the subject after a lead-in; not "The statement said Reyes had…".
      const subject =
        named.find((n) => !n.possessive && n.start >= from && n.start < at) ??
        (LEAD_IN.test(before) ? named.find((n) => !n.possessive && n.start >= end) : undefined);
      const who = by
        ? (this.nameIn(p, end, end + by[0].length + ISSUER_REACH, true) ??
          this.referenceOpening(p, rest.slice(by[0].length), at))
        : owner
          ? (owner.person ?? owner.org)
          : possessive
            ? possessive[1]
              ? this.resolvePronoun(possessive[1], p, at)
              : this.resolveReference(p, before.slice(0, possessive.index), at)
            : subject
              ? (subject.person ?? subject.org)
              : PRONOUN_ISSUER.test(clause)
                ? this.resolvePronoun(PRONOUN_ISSUER.exec(clause)![1]!, p, at)
                : this.resolveReference(p, clause, at);
      // "the Ruritanian army said in a statement": issued by a body the article does not name.
      if (who || BODY_HEAD_END.test(clause)) out.push({ offset: at, who });
    }
    return out;
  }

  /**
   * The latest issuer of a statement the article names up to the end of the sentence that holds
   * `offset`: null for a body it does not name, undefined when it names no statement.
   */
  private issuerBefore(paragraph: number, offset: number): string | null | undefined {
    const next = this.sentences[paragraph]?.find((s) => s.offset > offset)?.offset ?? Infinity;
    for (let p = paragraph; p >= 0; p--) {
      const issued = (this.issued[p] ?? []).filter((x) => p < paragraph || x.offset < next);
      if (issued.length) return issued[issued.length - 1]!.who;
    }
    return undefined;
  }

  /**
   * `…,” read a statement from Globex.`, `…,” the statement read.`: the issuer of the statement
   * that reads out the quote before.
   */
  readOut(paragraph: number, after: string, offset: number): string | null {
    return READ_DOCUMENT.test(after) || DOCUMENT_READ.test(after) ? this.issuerOf(paragraph, offset) : null;
  }

  /** Who issued a statement the sentence at `offset` names, else the organisation the article is about. */
  private issuerOf(paragraph: number, offset: number): string | null {
    const issuer = this.issuerBefore(paragraph, offset);
    return issuer !== undefined ? issuer : this.latest(paragraph, offset, 'org');
  }

  /** A reference that opens `text` ("the company on Monday…"), resolved as resolveReference does. */
  referenceOpening(paragraph: number, text: string, offset: number): string | null {
    const words = text.trimStart().split(/\s+/).slice(0, 4);
    for (let k = 1; k <= words.length; k++) {
      const who = this.resolveReference(
        paragraph,
        words
          .slice(0, k)
          .join(' ')
          .replace(/[,.;:]+$/, ''),
        offset,
      );
      if (who) return who;
    }
    return null;
  }

  /**
   * The speaker named between `from` and `to` in a paragraph: the first name (`first`), else
   * the last. A possessive names whoever follows it: "NASA's Steve Clarke", "Trump's
   * spokeswoman, Sarah Sanders"; unnamed, only a spokesperson speaks in its name ("Globex's
   * spokeswoman said", not "Reyes's lawyer said"); nor does a name after "a lawyer for", nor an
   * organisation that only qualifies the person after it ("ESA geologist Maria Castellano").
   */
  nameIn(paragraph: number, from: number, to: number, first: boolean): string | null {
    const text = this.texts[paragraph]!;
    const inside = (this.named[paragraph] ?? []).filter(
      (n, i, all) =>
        n.start >= from &&
        n.end <= to &&
        !(
          n.possessive &&
          (all.slice(i + 1).some((m) => m.end <= to && !m.possessive) || !SPEAKS_FOR_AFTER.test(text.slice(n.end, to)))
        ) &&
        !someoneElseOf(text.slice(Math.max(from, n.start - CONTEXT_BEFORE), n.start)) &&
        !qualifiesUnnamed(text, n) &&
        !qualifiesBody(text, n) &&
        !(
          n.org &&
          all[i + 1]?.person &&
          all[i + 1]!.end <= to &&
          MODIFIER_GAP.test(text.slice(n.end, all[i + 1]!.start))
        ),
    );
    const pick = first ? inside[0] : inside[inside.length - 1];
    return pick ? (pick.person ?? pick.org) : null;
  }

  /**
   * "Peter Hollis, a spokesman for the task force, the operation against Vandal Corps, told…":
   * when the words before a verb end on an aside set off by commas, the speaker is the person the
   * aside describes (a person opening a clause, a comma right after), not the last name inside
   * the aside; nor "Tom Hale" in "After meeting Tom Hale, Jane Doe, the chief executive, said".
   */
  appositionHead(paragraph: number, from: number, to: number): string | null {
    const text = this.texts[paragraph]!;
    // "John Roe, an adviser at Globex, once said": an adverb may stand between the aside and the verb.
    if (!APPOSITION_END.test(text.slice(from, to))) return null;
    const head = (this.named[paragraph] ?? []).find((n) => {
      if (n.start < from || n.end >= to || !n.person || n.possessive || !/^\s*,/.test(text.slice(n.end, to)))
        return false;
      const lead = text.slice(from, n.start);
      return CLAUSE_OPENING.test(lead.slice(lead.lastIndexOf(',') + 1));
    });
    return head?.person ?? null;
  }

  /**
   * The first person or organisation of the sentence that holds `offset`: who a colon lead-in
   * quotes; never one named inside quote marks. With `personOnly`, organisations are passed over: "Congress passed a law making it
   * “illegal to…”" quotes the law, not Congress.
   */
  subjectAt(paragraph: number, offset: number, personOnly = false): string | null {
    const named = this.named[paragraph] ?? [];
    const sentenceStart = this.sentenceStart(paragraph, offset);
    // "Officials said Reyes had “…”": a name after the speech verb is whom the words are about.
    const verb = SPEECH_VERB_BEFORE.exec(this.texts[paragraph]!.slice(sentenceStart, offset));
    const limit = verb ? sentenceStart + verb.index : offset;
    const pick = named.find(
      (n) =>
        n.sentenceStart === sentenceStart && n.start < limit && !n.quoted && !(n.org && (n.possessive || personOnly)),
    );
    return pick ? (pick.person ?? pick.org) : null;
  }

  /** Where the sentence that holds `offset` starts, in the paragraph's text. */
  sentenceStart(paragraph: number, offset: number): number {
    let start = 0;
    for (const s of this.sentences[paragraph] ?? []) if (s.offset <= offset) start = s.offset;
    return start;
  }

  /** The person named right at `from` (spaces and commas aside), or null: `," Mark McCaughrean, adviser…`. */
  personAt(paragraph: number, from: number, to: number): string | null {
    const n = (this.named[paragraph] ?? []).find((x) => x.start >= from && x.end <= to);
    return n?.person && n.start - from <= 3 ? n.person : null;
  }

  /**
   * The person a paragraph's last sentence is about, when it opens on one: "However, he defended
   * his decision." or "Mark Zuckerberg said deals take time." Null when it is about anything else.
   */
  endsOnPerson(paragraph: number): string | null {
    const last = this.sentences[paragraph]?.at(-1);
    return last ? this.sentenceOnPerson(paragraph, last) : null;
  }

  /**
   * The person the sentence before the one at `offset`, in the same paragraph, is about: it opens
   * on them ("Hale expects three more. “…”") or a clause of its own says they spoke ("Rules get
   * broken, he said. “…”"). Null when there is no such sentence or it is about anything else.
   */
  sentenceBeforeOnPerson(paragraph: number, offset: number): string | null {
    const here = this.sentenceStart(paragraph, offset);
    const before = (this.sentences[paragraph] ?? []).filter((s) => s.offset < here).at(-1);
    if (!before) return null;
    const said = PRONOUN_SAID_END.exec(before.text);
    return said ? this.resolvePronoun(said[1]!, paragraph, before.offset) : this.sentenceOnPerson(paragraph, before);
  }

  /**
   * Whom the paragraph's latest sentence that reports speech without quoting it says spoke or
   * wrote ("Hale tweeted on Monday.", "In a post, she wrote"): whose words a block quotation right
   * after it gives. A paragraph that quotes its speaker's words in marks introduces no more of them.
   */
  introducedBy(paragraph: number): string | null {
    const quotes = this.quotes[paragraph] ?? [];
    for (const s of (this.sentences[paragraph] ?? []).toReversed()) {
      const end = s.offset + s.text.length;
      if (quotes.some((q) => q.open < end && q.close > s.offset)) return null;
      const verb = SURE_SPEECH_BEFORE.exec(s.text);
      if (!verb) continue;
      const pronoun = PRONOUN_BEFORE.exec(s.text.slice(0, verb.index));
      return pronoun ? this.resolvePronoun(pronoun[1]!, paragraph, s.offset) : this.subjectAt(paragraph, end);
    }
    return null;
  }

  private sentenceOnPerson(paragraph: number, sentence: SentenceInfo): string | null {
    const pronoun = LEADING_PRONOUN.exec(sentence.text);
    if (pronoun) return this.resolvePronoun(pronoun[1]!, paragraph, sentence.offset);
    const first = (this.named[paragraph] ?? []).find((n) => n.sentenceStart === sentence.offset);
    // "Hale's agent told reporters…": the sentence is about the agent, unless a spokesperson speaks in Hale's name.
    const own = first && (!first.possessive || SPEAKS_FOR_AFTER.test(this.texts[paragraph]!.slice(first.end)));
    return own && first.person && first.subject && first.start - sentence.offset < SUBJECT_REACH ? first.person : null;
  }

  recordSpeaker(paragraph: number, offset: number, speaker: string | null): void {
    if (speaker && !this.orgNames.has(speaker)) this.spoke[paragraph]?.push({ offset, person: speaker });
  }

  /**
   * "he"/"she": the latest person the pronoun can stand for, skipping those the article gives the
   * other gender; "it": the latest organisation; never `not`. "they" stands for a group ("the
   * officials", "the researchers") more often than for one organisation: only an organisation
   * that opens the sentence before, alone, is named.
   */
  resolvePronoun(pronoun: string, paragraph: number, offset: number, not: string | null = null): string | null {
    if (/^they$/i.test(pronoun)) return this.openingBody(paragraph, offset);
    if (/^it$/i.test(pronoun)) return this.latest(paragraph, offset, 'org', not);
    const gender = genderOfWord(pronoun);
    if (this.unnamedInParagraph(paragraph, offset, gender)) return null;
    return this.latest(paragraph, offset, 'person', not, gender);
  }

  /**
   * "We spoke to one mother, who… “…,” she said": a paragraph that brings in someone unnamed of
   * a kind the pronoun fits, and names no person before `offset`, has "he" or "she" stand for them.
   */
  private unnamedInParagraph(paragraph: number, offset: number, gender: Gender | null): boolean {
    if ((this.named[paragraph] ?? []).some((n) => n.person && !n.quoted && n.start < offset)) return false;
    const quotes = this.quotes[paragraph] ?? [];
    for (const m of this.texts[paragraph]!.slice(0, offset).matchAll(UNNAMED_PERSON)) {
      if (quotes.some((q) => m.index >= q.open && m.index < q.close)) continue;
      const kind = m[1]!
        .toLowerCase()
        .split(/\s+/)
        .find((w) => isRoleWord(w) && !isPlural(w));
      if (kind && (!gender || (genderOfWord(kind) ?? gender) === gender)) return true;
    }
    return false;
  }

  /**
   * "Globex have denied it. “…,” they said": the organisation that alone opens the sentence before
   * the one at `offset`, the subject "they" goes on with where prose treats a body as plural.
   */
  private openingBody(paragraph: number, offset: number): string | null {
    const here = this.sentenceStart(paragraph, offset);
    for (let p = paragraph; p >= 0 && p >= paragraph - 1; p--) {
      // Sentences of a quote's own words say nothing of who "they" are.
      const quotes = this.quotes[p] ?? [];
      const last = (this.sentences[p] ?? [])
        .filter(
          (s) => (p < paragraph || s.offset < here) && !quotes.some((q) => q.open <= s.offset && s.offset < q.close),
        )
        .at(-1);
      if (!last) continue;
      const text = this.texts[p]!;
      const first = (this.named[p] ?? []).find((n) => n.sentenceStart === last.offset && !n.quoted);
      const alone =
        first?.org &&
        !first.possessive &&
        (/^\s*(?:the\s+)?$/i.test(text.slice(last.offset, first.start)) ||
          APPOSITION_LEAD.test(text.slice(last.offset, first.start))) &&
        !/^\s*(?:and|&|or)\s/i.test(text.slice(first.end));
      return alone ? first.org : null;
    }
    return null;
  }

  /**
   * "the company" before `offset` (the text up to it ends with the reference): the latest
   * organisation; "the spokeswoman": the latest person given that role, else the latest
   * organisation she speaks for. Null when the text ends with no such reference.
   */
  resolveReference(paragraph: number, text: string, offset: number): string | null {
    const clause = text.trimEnd();
    // "the statement said": the statement's issuer, else the organisation the article is about.
    if (DOCUMENT_REFERENCE.test(clause)) return this.issuerOf(paragraph, offset);
    const company = COMPANY_REFERENCE.exec(clause);
    if (company) return this.latestCalled(paragraph, offset, company[1]!) ?? this.latest(paragraph, offset, 'company');
    const body = BODY_REFERENCE.exec(clause);
    if (body) {
      const called = this.latestCalled(paragraph, offset, body[2]!);
      const proper = /^\p{Lu}\S*/u.exec(body[1]!)?.[0];
      if (!proper) return called ?? this.latest(paragraph, offset, 'org');
      // "the Ruritanian interior ministry": a capitalised word makes it a body of its own, named
      // as written, unless the body named before bears that word ("the Justice department").
      return called?.includes(proper) ? called : `${body[1]}${body[2]}`;
    }
    const person = PERSON_REFERENCE.exec(clause);
    const role = person?.[2]?.toLowerCase();
    // "a senior official said": someone new, whom no one named before stands for; only a
    // spokesperson speaks in the name of the organisation the text is about.
    if (role && !/^the$/i.test(person![1]!))
      return SPEAKS_FOR_WORD.test(role) ? this.latest(paragraph, offset, 'org') : null;
    if (role) return this.latestWithRole(paragraph, offset, role) ?? this.latest(paragraph, offset, 'org');
    return this.describedPerson(paragraph, clause, offset);
  }

  /**
   * "said the actor", "the 45-year-old said": the latest person the article described with that
   * noun ("actor Jane Roe", "Roe, 45,"), else, for a noun only a person is called by, the person
   * the text is about, as "he" or "she" would be; no one when the article last brought in
   * someone of that kind without a name ("a doctor on the scene… the doctor said").
   */
  private describedPerson(paragraph: number, clause: string, offset: number): string | null {
    const noun = DESCRIBED_REFERENCE.exec(clause)?.[1]?.toLowerCase();
    if (!noun) return null;
    const described = this.latestWithRole(paragraph, offset, noun);
    if (described) return described;
    if (!isPersonNoun(noun) || this.unnamedBefore(paragraph, offset, noun)) return null;
    return this.latest(paragraph, offset, 'person', null, genderOfWord(noun));
  }

  /** Whether someone called `noun` came in without a name, within a pronoun's reach before `offset`. */
  private unnamedBefore(paragraph: number, offset: number, noun: string): boolean {
    for (let p = paragraph; p >= 0 && p > paragraph - PRONOUN_REACH; p--) {
      const text = p === paragraph ? this.texts[p]!.slice(0, offset) : this.texts[p]!;
      for (const m of text.matchAll(UNNAMED_PERSON)) if (m[1]!.toLowerCase().split(/\s+/).includes(noun)) return true;
    }
    return false;
  }

  /**
   * "the department" for the Justice Department named before, though a company was named since:
   * the latest organisation whose name holds the noun, within a pronoun's reach.
   */
  private latestCalled(paragraph: number, offset: number, noun: string): string | null {
    const word = new RegExp(`(?:^|\\s)${noun}$|(?:^|\\s)${noun}\\s`, 'i');
    for (let p = paragraph; p >= 0 && p > paragraph - PRONOUN_REACH; p--) {
      const named = (this.named[p] ?? []).filter((n) => n.org && (p < paragraph || n.start < offset));
      const hit = named.reverse().find((n) => word.test(n.org!));
      if (hit) return hit.org;
    }
    return null;
  }

  /** Whether the speaker is an organisation the article names, not a person. */
  isOrganisation(who: string): boolean {
    return this.orgNames.has(who);
  }

  private latestWithRole(paragraph: number, offset: number, role: string): string | null {
    for (let p = paragraph; p >= 0; p--) {
      const named = (this.named[p] ?? []).filter((n) => p < paragraph || n.start < offset);
      for (let i = named.length - 1; i >= 0; i--) {
        const person = named[i]!.person;
        if (person && this.people.roles.get(person)?.has(role)) return person;
      }
    }
    return null;
  }

  /**
   * The latest sentence subject or quote speaker before the offset, or the latest organisation
   * or business. With a gender, people the article gives the other one are passed over, and a
   * person of that gender named elsewhere in a paragraph stands in when no subject fits.
   */
  latest(
    paragraph: number,
    offset: number,
    kind: 'person' | 'org' | 'company',
    not: string | null = null,
    gender: Gender | null = null,
  ): string | null {
    const fits = (who: string | null): who is string =>
      who !== null && who !== not && (!gender || (this.people.gender.get(who) ?? gender) === gender);
    const whoOf = (n: Named) =>
      kind === 'person' ? (n.subject ? n.person : null) : kind === 'org' || n.company ? n.org : null;
    for (let p = paragraph; p >= 0 && p > paragraph - PRONOUN_REACH; p--) {
      const limit = p === paragraph ? offset : Infinity;
      const before = (this.named[p] ?? []).filter((n) => n.start < limit && !n.quoted);
      const spoke = kind === 'person' ? (this.spoke[p] ?? []).filter((s) => s.offset < limit) : [];
      const candidates = [
        ...before.map((n) => ({ at: n.start, who: whoOf(n) })),
        ...spoke.map((s) => ({ at: s.offset, who: s.person })),
      ].filter((c) => fits(c.who));
      if (candidates.length) return candidates.reduce((a, b) => (b.at >= a.at ? b : a)).who;
      const sameGender = gender
        ? before.filter((n) => n.person && !n.pronounObject && this.people.gender.get(n.person) === gender)
        : [];
      const last = sameGender[sameGender.length - 1];
      if (last && fits(last.person)) return last.person;
    }
    return null;
  }
}

/** The end of an aside set off by commas before a verb, perhaps with an adverb after it: ", once ", ", publicly ". */
const APPOSITION_END = /,\s*(?:(?:\p{Ll}+ly|once|also|then|later)\s+)?$/u;

/** How far before a name "a lawyer for" is looked for. */
const CONTEXT_BEFORE = 40;

/** How far after an organisation's name the body it qualifies ("officials") is looked for. */
const BODY_HEAD_REACH = 40;

/** "the Ruritanian army said": an organisation's name that only qualifies a body of people after it. */
function qualifiesBody(text: string, n: Named): boolean {
  return n.org !== null && BODY_HEAD_AFTER.test(text.slice(n.end, n.end + BODY_HEAD_REACH));
}

/** "a lawyer for ", "an analyst at ": the name after it is not the speaker; "a spokeswoman for " is. */
function someoneElseOf(before: string): boolean {
  const word = SOMEONE_OF_BEFORE.exec(before)?.[1];
  return word !== undefined && !SPEAKS_FOR_WORD.test(word);
}

/**
 * "a Fox executive said", "one senior GOP insider said": a name between an indefinite article and
 * the noun it qualifies describes someone unnamed; not "a Globex spokeswoman", who speaks in its name.
 */
function qualifiesUnnamed(text: string, n: Named): boolean {
  const lead = INDEFINITE_WORDS_BEFORE.exec(text.slice(Math.max(0, n.start - CONTEXT_BEFORE), n.start));
  if (!lead || lead[1]!.split(/\s+/).some((w) => w && isFunctionWord(w))) return false;
  const head = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(text.slice(n.end))?.[1];
  return head !== undefined && !SPEAKS_FOR_WORD.test(head) && !isFunctionWord(head);
}

/**
 * "Blue Anchor have denied it": the word that opens a sentence, left out of the name after it as
 * an ordinary word ("Blue"), belongs to that name when a plural verb follows, as prose speaks of
 * a body by its name.
 */
function joinOpeningWord(sentence: string, spans: Span[]): Span[] {
  const first = spans[0];
  const word = first && /^(\p{Lu}\p{Ll}+)\s+$/u.exec(sentence.slice(0, first.start))?.[1];
  if (!word || isFunctionWord(word) || !COLLECTIVE_VERB_AFTER.test(sentence.slice(first.end))) return spans;
  const lead: Token = { ...first.tokens[0]!, text: word, start: 0, end: word.length, possessive: false, after: '' };
  return [
    { ...first, tokens: [lead, ...first.tokens], text: sentence.slice(0, first.end), start: 0 },
    ...spans.slice(1),
  ];
}

/**
 * "Joint Committee on Intelligence and Security": a public body's name runs on over "on", "and"
 * and "for", which elsewhere separate names ("Apple and Google").
 */
function joinBodyNames(sentence: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (
      prev &&
      !prev.possessive &&
      /^\s+(?:on|and|for|of)\s+$/.test(sentence.slice(prev.end, span.start)) &&
      isBodyName(prev.tokens.map((t) => t.text))
    ) {
      out[out.length - 1] = {
        ...span,
        tokens: [...prev.tokens, ...span.tokens],
        text: sentence.slice(prev.start, span.end),
        start: prev.start,
      };
    } else {
      out.push(span);
    }
  }
  return out;
}

const ANONYMOUS = new Set(REFERENCE_WORDS.anonymousNouns);

/**
 * A singular noun that names a kind of person the article may be about: "actor", "boss",
 * "45-year-old"; not "actors", nor "the man", who is mostly someone left unnamed.
 */
function isPersonNoun(noun: string): boolean {
  if (AGE_NOUN.test(noun)) return true;
  return isRoleWord(noun) && !ANONYMOUS.has(noun) && !isPlural(noun);
}

/** "actors", "doctors": the plural of a role noun. */
function isPlural(noun: string): boolean {
  return /s$/.test(noun) && isRoleWord(noun.slice(0, -1));
}

/** Words that can only be a name here: not a place, not an ordinary word ("Officials said"). */
function isNameOnly(tokens: string[]): boolean {
  return tokens.length > 0 && nameLikeWords(tokens) && !tokens.some((t) => isPlaceWord(t) || isCommonWord(t));
}

/**
 * "Northport said in a statement", "Northport announced": a place issues no statement, so the
 * body that bears its name (its council, its club) spoke; given as written.
 */
function placeIssuer(sentence: string, span: Span): string | null {
  const words = span.tokens.map((t) => t.text);
  if (span.possessive || !words.some(isPlaceWord) || !nameLikeWords(words)) return null;
  return ISSUES_AFTER.test(sentence.slice(span.end)) ? span.text : null;
}

/** "the Food Standards Agency", "Parliament's Joint Committee on Intelligence and Security"; not "the U.S.". */
function orgName(span: Span): string | null {
  const words = span.tokens.map((t) => t.text);
  if (!isOrganisationName(words) || words.every((w) => COUNTRY_INITIALS.has(w))) return null;
  return words[0] && /^the$/i.test(words[0]) ? words.slice(1).join(' ') : span.text;
}

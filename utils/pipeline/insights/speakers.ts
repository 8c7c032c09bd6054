import type { SentenceInfo, TextDoc } from '../text/document';
import type { Span } from '../text/tokens';
import { isBodyName, isOrganisationName, nameLikeWords, splitTitle } from './names';
import { isCommonWord, isPlaceWord } from '../text/lexicon';
import { genderOfWord, resolvePerson, speaksAt, type Gender, type People } from './people';
import { ORG_WORDS, REFERENCE_WORDS } from '../vocabulary';
import { anyOf } from '../text/pattern';

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
  sentenceStart: number;
}

const COUNTRY_INITIALS = new Set(['US', 'U.S.', 'USA', 'U.S.A.', 'UK', 'U.K.', 'UAE', 'EU', 'E.U.']);

/** How far back (in paragraphs) a pronoun may look for the one it stands for. */
const PRONOUN_REACH = 6;

/** A sentence that opens on a pronoun, perhaps after a linking word: "However, he defended…". */
const LEADING_PRONOUN = /^(?:\p{L}+,?\s+)?(he|she)\b/iu;
/** How far into a sentence its subject may stand: "On Monday, Mark Zuckerberg said…". */
const SUBJECT_REACH = 30;

/** "the company", "the chipmaker": a singular noun standing for a business named before. */
const COMPANY_REFERENCE = referenceTo(ORG_WORDS.businessNouns);
/** "the agency", "the board": a singular noun standing for any organisation named before. */
const BODY_REFERENCE = referenceTo(REFERENCE_WORDS.bodyNouns);
/** "the spokeswoman", "a company spokesman": a person the article may have named with that role. */
const PERSON_REFERENCE = new RegExp(
  `\\b(?:the|a|an)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(${anyOf(REFERENCE_WORDS.personNouns)})$`,
  'iu',
);

function referenceTo(nouns: readonly string[]): RegExp {
  return new RegExp(`\\bthe\\s+(?:[\\p{L}-]+\\s+){0,2}?${anyOf(nouns)}$`, 'iu');
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

  constructor(doc: TextDoc, people: People, orgs: OrgLookup) {
    this.people = people;
    this.named = doc.byParagraph.map((sentences) =>
      sentences.flatMap((s) => {
        let subject = false;
        return joinBodyNames(s.text, s.spans).flatMap((span): Named[] => {
          const parts = splitTitle(span);
          const known = resolvePerson(people, parts.name);
          const company = known ? null : orgs.companyOf(span.text);
          const org = company ?? (known ? null : orgName(span));
          // "“…,” Makarov said" of someone the article never named in full: the name as given.
          const person = known ?? (!org && speaksAt(s.text, span) && isNameOnly(parts.nameTokens) ? parts.name : null);
          if (!person && !org) return [];
          if (org) this.orgNames.add(org);
          const first = person !== null && !subject;
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
              sentenceStart: s.offset,
            },
          ];
        });
      }),
    );
    this.spoke = doc.paragraphs.map(() => []);
    this.sentences = doc.byParagraph;
  }

  /**
   * The speaker named between `from` and `to` in a paragraph: the first name (`first`), else
   * the last. A possessive names whoever follows it: "NASA's Steve Clarke", "Trump's
   * spokeswoman, Sarah Sanders"; an organisation's possessive never speaks itself.
   */
  nameIn(paragraph: number, from: number, to: number, first: boolean): string | null {
    const inside = (this.named[paragraph] ?? []).filter(
      (n, i, all) =>
        n.start >= from &&
        n.end <= to &&
        !(n.possessive && (n.org || all.slice(i + 1).some((m) => m.end <= to && !m.possessive))),
    );
    const pick = first ? inside[0] : inside[inside.length - 1];
    return pick ? (pick.person ?? pick.org) : null;
  }

  /**
   * The first person or organisation of the sentence that holds `offset`: who a colon lead-in
   * quotes. With `personOnly`, organisations are passed over: "Congress passed a law making it
   * “illegal to…”" quotes the law, not Congress.
   */
  subjectAt(paragraph: number, offset: number, personOnly = false): string | null {
    const named = this.named[paragraph] ?? [];
    const sentenceStart = this.sentenceStart(paragraph, offset);
    const pick = named.find(
      (n) => n.sentenceStart === sentenceStart && n.start < offset && !(n.org && (n.possessive || personOnly)),
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
    if (!last) return null;
    const pronoun = LEADING_PRONOUN.exec(last.text);
    if (pronoun) return this.resolvePronoun(pronoun[1]!, paragraph, last.offset);
    const first = (this.named[paragraph] ?? []).find((n) => n.sentenceStart === last.offset);
    return first?.person && first.subject && first.start - last.offset < SUBJECT_REACH ? first.person : null;
  }

  recordSpeaker(paragraph: number, offset: number, speaker: string | null): void {
    if (speaker && !this.orgNames.has(speaker)) this.spoke[paragraph]?.push({ offset, person: speaker });
  }

  /**
   * "he"/"she": the latest person the pronoun can stand for, skipping those the article gives the
   * other gender; "it": the latest organisation; never `not`. "they" stands for a group ("the
   * officials", "the researchers") more often than for one organisation: no one to name.
   */
  resolvePronoun(pronoun: string, paragraph: number, offset: number, not: string | null = null): string | null {
    if (/^they$/i.test(pronoun)) return null;
    if (/^it$/i.test(pronoun)) return this.latest(paragraph, offset, 'org', not);
    return this.latest(paragraph, offset, 'person', not, genderOfWord(pronoun));
  }

  /**
   * "the company" before `offset` (the text up to it ends with the reference): the latest
   * organisation; "the spokeswoman": the latest person given that role, else the latest
   * organisation she speaks for. Null when the text ends with no such reference.
   */
  resolveReference(paragraph: number, text: string, offset: number): string | null {
    const clause = text.trimEnd();
    if (COMPANY_REFERENCE.test(clause)) return this.latest(paragraph, offset, 'company');
    if (BODY_REFERENCE.test(clause)) return this.latest(paragraph, offset, 'org');
    const role = PERSON_REFERENCE.exec(clause)?.[1]?.toLowerCase();
    if (!role) return null;
    return this.latestWithRole(paragraph, offset, role) ?? this.latest(paragraph, offset, 'org');
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
      const before = (this.named[p] ?? []).filter((n) => n.start < limit);
      const spoke = kind === 'person' ? (this.spoke[p] ?? []).filter((s) => s.offset < limit) : [];
      const candidates = [
        ...before.map((n) => ({ at: n.start, who: whoOf(n) })),
        ...spoke.map((s) => ({ at: s.offset, who: s.person })),
      ].filter((c) => fits(c.who));
      if (candidates.length) return candidates.reduce((a, b) => (b.at >= a.at ? b : a)).who;
      const sameGender = gender ? before.filter((n) => n.person && this.people.gender.get(n.person) === gender) : [];
      const last = sameGender[sameGender.length - 1];
      if (last && fits(last.person)) return last.person;
    }
    return null;
  }
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

/** Words that can only be a name here: not a place, not an ordinary word ("Officials said"). */
function isNameOnly(tokens: string[]): boolean {
  return tokens.length > 0 && nameLikeWords(tokens) && !tokens.some((t) => isPlaceWord(t) || isCommonWord(t));
}

/** "the Food Standards Agency", "Parliament's Joint Committee on Intelligence and Security"; not "the U.S.". */
function orgName(span: Span): string | null {
  const words = span.tokens.map((t) => t.text);
  if (!isOrganisationName(words) || words.every((w) => COUNTRY_INITIALS.has(w))) return null;
  return words[0] && /^the$/i.test(words[0]) ? words.slice(1).join(' ') : span.text;
}

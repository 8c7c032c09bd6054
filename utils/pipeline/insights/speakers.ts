import type { TextDoc } from '../text/document';
import type { Span } from '../text/tokens';
import { isBodyName, isOrganisationName, splitTitle } from './names';
import { resolvePerson, type People } from './people';

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
  possessive: boolean;
  /** The first person named in its sentence: who "he" or "she" most likely refers to next. */
  subject: boolean;
  sentenceStart: number;
}

const COUNTRY_INITIALS = new Set(['US', 'U.S.', 'USA', 'U.S.A.', 'UK', 'U.K.', 'UAE', 'EU', 'E.U.']);

/** How far back (in paragraphs) a pronoun may look for the one it stands for. */
const PRONOUN_REACH = 6;

/**
 * Who is named where, for attributing quotes: names in a stretch of a paragraph, and the person
 * or organisation a pronoun stands for (the latest sentence subject or quote speaker before it).
 */
export class Speakers {
  private readonly named: Named[][];
  /** Speakers of the quotes found so far, by paragraph: "he said" often continues them. */
  private readonly spoke: Array<Array<{ offset: number; person: string }>>;
  private readonly orgNames = new Set<string>();
  private readonly sentenceStarts: number[][];

  constructor(doc: TextDoc, people: People, orgs: OrgLookup) {
    this.named = doc.byParagraph.map((sentences) =>
      sentences.flatMap((s) => {
        let subject = false;
        return joinBodyNames(s.text, s.spans).flatMap((span): Named[] => {
          const person = resolvePerson(people, splitTitle(span).name);
          const org = person ? null : (orgs.companyOf(span.text) ?? orgName(span));
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
              possessive: span.possessive,
              subject: first,
              sentenceStart: s.offset,
            },
          ];
        });
      }),
    );
    this.spoke = doc.paragraphs.map(() => []);
    this.sentenceStarts = doc.byParagraph.map((sentences) => sentences.map((s) => s.offset));
  }

  /**
   * The speaker named between `from` and `to` in a paragraph: the first name (`first`), else
   * the last. An organisation's possessive ("NASA's Steve Clarke") names whoever follows.
   */
  nameIn(paragraph: number, from: number, to: number, first: boolean): string | null {
    const inside = (this.named[paragraph] ?? []).filter(
      (n) => n.start >= from && n.end <= to && !(n.org && n.possessive),
    );
    const pick = first ? inside[0] : inside[inside.length - 1];
    return pick ? (pick.person ?? pick.org) : null;
  }

  /** The first person or organisation of the sentence that holds `offset`: who a colon lead-in quotes. */
  subjectAt(paragraph: number, offset: number): string | null {
    const named = this.named[paragraph] ?? [];
    let sentenceStart = 0;
    for (const start of this.sentenceStarts[paragraph] ?? []) if (start <= offset) sentenceStart = start;
    const pick = named.find((n) => n.sentenceStart === sentenceStart && n.start < offset && !(n.org && n.possessive));
    return pick ? (pick.person ?? pick.org) : null;
  }

  recordSpeaker(paragraph: number, offset: number, speaker: string | null): void {
    if (speaker && !this.orgNames.has(speaker)) this.spoke[paragraph]?.push({ offset, person: speaker });
  }

  /** "he"/"she": the latest person; "it"/"they": the latest organisation; never `not`. */
  resolvePronoun(pronoun: string, paragraph: number, offset: number, not: string | null = null): string | null {
    return this.latest(paragraph, offset, /^(?:it|they)$/i.test(pronoun), not);
  }

  /** The latest sentence subject or quote speaker before the offset (or organisation, with `org`). */
  latest(paragraph: number, offset: number, org: boolean, not: string | null = null): string | null {
    for (let p = paragraph; p >= 0 && p > paragraph - PRONOUN_REACH; p--) {
      const limit = p === paragraph ? offset : Infinity;
      let best: { offset: number; who: string } | null = null;
      for (const n of this.named[p] ?? []) {
        const who = org ? n.org : n.subject ? n.person : null;
        if (who && who !== not && n.start < limit && (!best || n.start >= best.offset)) best = { offset: n.start, who };
      }
      if (!org) {
        for (const s of this.spoke[p] ?? []) {
          if (s.person !== not && s.offset < limit && (!best || s.offset >= best.offset))
            best = { offset: s.offset, who: s.person };
        }
      }
      if (best) return best.who;
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

/** "the Food Standards Agency", "Parliament's Joint Committee on Intelligence and Security"; not "the U.S.". */
function orgName(span: Span): string | null {
  const words = span.tokens.map((t) => t.text);
  if (!isOrganisationName(words) || words.every((w) => COUNTRY_INITIALS.has(w))) return null;
  return words[0] && /^the$/i.test(words[0]) ? words.slice(1).join(' ') : span.text;
}

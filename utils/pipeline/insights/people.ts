import type { TextDoc } from '../text/document';
import type { Span } from '../text/tokens';
import { firstNameGender, isFirstName, isFunctionWord, isPlaceWord, isRoleWord } from '../text/lexicon';
import { anyOf } from '../text/pattern';
import { OFFICES } from '../text/roles';
import { REFERENCE_WORDS, ROLE_WORDS } from '../vocabulary';
import {
  INDEFINITE_BEFORE,
  PERSON_NAME_WORD,
  isBodyByGrammar,
  isHonorific,
  looksLikePersonName,
  nameLikeWords,
  splitTitle,
} from './names';
import { ROLE_AT_BEFORE } from './org-words';
import { lookupKnownName } from './gazetteer';
import { SPEAKER_AFTER_VERB, SPEECH_VERB } from './speech';

export type Gender = 'male' | 'female';

/**
 * The people an article names and every way it refers to them, so "Webster", "Mr. Webster",
 * "the spokeswoman" and "he" can be resolved to "Graham Webster".
 */
export interface People {
  /** Full names, in order of first mention. */
  names: Set<string>;
  /** Full name for a last name ("webster" -> "Graham Webster"), the fullest the article gave. */
  byLast: Map<string, string>;
  /** Full name for a given name used alone ("fiona" -> "Fiona Parry"), when only one person has it. */
  byFirst: Map<string, string | null>;
  /** What the article itself says of a person's gender: an honorific, a gendered role, a given name, pronouns. */
  gender: Map<string, Gender>;
  /**
   * The nouns the article describes a person with, lower case: "spokeswoman" for "Anna Reyes, a
   * spokeswoman", "actor" for "actor Jane Roe", "45-year-old" for "Jane Roe, 45,".
   */
  roles: Map<string, Set<string>>;
}

/** "Jane Doe, an analyst at…", "Jane Doe, a mother of two": what follows a person's name (the role captured). */
const APPOSITION_ROLE = new RegExp(
  `^,\\s+(?:(?:a|an|the|its|his|her|their)\\s+)?(?:[\\p{L}\\-']+\\s+){0,4}?(${anyOf([...OFFICES, ...ROLE_WORDS.relations])})\\b`,
  'iu',
);
/** "Diego Jeronimo, 36, the owner…": only people are given an age. */
const AGE_AFTER = /^,\s+(?:aged?\s+)?(\d{1,3})\s*,/;
/**
 * "Jane Roe, a veteran stage actor, …", "John Doe, the company's chief executive, …": the noun
 * that heads an apposition (captured), whatever it is; a later "the actor" may stand for her.
 */
const APPOSITION_HEAD =
  /^,\s+(?:a|an|the|his|her|its|their|\p{L}+['’]s)\s+(?:[\p{L}-]+['’]s\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,3}?(\p{Ll}[\p{L}-]*)(?=\s*(?:[,;.)]|$)|\s+(?:of|at|for|in|with|who|from|on|to)\b)/u;
/** "the company's chief executive, John Doe": the noun that heads an apposition before the name. */
const APPOSITION_HEAD_BEFORE = /(?:^|\s)(?:the|\p{L}+['’]s)\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}?(\p{Ll}[\p{L}-]*),\s*$/u;
/** How much text either side of a name its cues are looked for in: end-anchored patterns stay cheap. */
const CONTEXT = 80;
const SAID_AFTER = new RegExp(`^,?\\s*(?:${SPEECH_VERB})\\b`, 'i');
/** "Marek Dzik, another traveller, said": an aside of any noun, then a speech verb. */
const ASIDE_THEN_SAID = new RegExp(`^,\\s+(?:a|an|the|another|one)\\s+[^,.;:"“”]{1,60},\\s*(?:${SPEECH_VERB})\\b`, 'i');
const SAID_BEFORE = new RegExp(`\\b(?:${SPEAKER_AFTER_VERB})\\s*,?\\s*$`, 'i');

const MALE = new Set(REFERENCE_WORDS.male);
const FEMALE = new Set(REFERENCE_WORDS.female);
/** How much each kind of evidence counts towards a gender: the article's own words outweigh a given name's usual holder. */
const STATED = 4;
const GIVEN_NAME = 2;
const PRONOUN = 1;

export function genderOfWord(word: string): Gender | null {
  const w = word.replace(/\.$/, '').toLowerCase();
  return MALE.has(w) ? 'male' : FEMALE.has(w) ? 'female' : null;
}

interface Context {
  /** Single words the article has speak on their own ("Makarov said"): the surnames of people. */
  speakingWords: Set<string>;
}

function isPersonSpan(span: Span, name: string[], titled: boolean, sentence: string, ctx: Context): boolean {
  if (name.length === 0 || name.every(isPlaceWord) || !nameLikeWords(name) || isBodyByGrammar(sentence, span))
    return false;
  const before = sentence.slice(Math.max(0, span.start - CONTEXT), span.start);
  if (INDEFINITE_BEFORE.test(before)) return false;
  // "strategist at Miller Tabak": what stands there is a business, not a person.
  if (!titled && ROLE_AT_BEFORE.test(before)) return false;
  if (looksLikePersonName(name)) return true;
  if (name.length > 3 || !name.every((t) => PERSON_NAME_WORD.test(t))) return false;
  if (titled) return true;
  if (name.length < 2) return false;
  const after = sentence.slice(span.end, span.end + CONTEXT);
  return (
    APPOSITION_ROLE.test(after) ||
    AGE_AFTER.test(after) ||
    SAID_AFTER.test(after) ||
    ASIDE_THEN_SAID.test(after) ||
    SAID_BEFORE.test(before) ||
    (ctx.speakingWords.has(name[name.length - 1]!) && !isKnownCompany(name))
  );
}

/** "Charles Schwab", whose "Schwab said" is the business speaking. */
function isKnownCompany(name: string[]): boolean {
  return [name.join(' '), name[0]!, name[name.length - 1]!].some((n) => lookupKnownName(n) !== null);
}

/** "Makarov said", "said Makarov": the name stands where a speaker does. */
export function speaksAt(sentence: string, span: Span): boolean {
  if (span.possessive) return false;
  const before = sentence.slice(Math.max(0, span.start - CONTEXT), span.start);
  return SAID_AFTER.test(sentence.slice(span.end, span.end + CONTEXT)) || SAID_BEFORE.test(before);
}

/** Lone capitalised words that speak: the surnames of people named in full elsewhere. */
function speakingWords(doc: TextDoc): Set<string> {
  const words = new Set<string>();
  for (const s of doc.sentences) {
    for (const span of s.spans) if (span.tokens.length === 1 && speaksAt(s.text, span)) words.add(span.text);
  }
  return words;
}

export function findPeople(doc: TextDoc): People {
  const people: People = {
    names: new Set(),
    byLast: new Map(),
    byFirst: new Map(),
    gender: new Map(),
    roles: new Map(),
  };
  const ctx: Context = { speakingWords: speakingWords(doc) };
  for (const s of doc.sentences) {
    for (const span of s.spans) {
      const { role } = splitTitle(span);
      const nameTokens = withoutOfficeOf(withoutPlace(splitTitle(span).nameTokens), s.text, span);
      // "developer Ammar Askar", "chief inspector Jennifer Mattinson": a lower-case title.
      const wordBefore = wordBeforeSpan(s.text, span);
      // A single word is a surname only after an honorific ("Mr Obama"): "developer Mojang" is a business.
      const titled =
        nameTokens.length > 1
          ? role !== '' || isRoleWord(wordBefore)
          : isHonorific(wordBefore) || span.tokens.some((t) => isHonorific(t.text));
      if (isPersonSpan(span, nameTokens, titled, s.text, ctx)) addPerson(people, nameTokens);
    }
  }
  describePeople(doc, people);
  return people;
}

/** "envoy to Canada Peter Lindqvist": a place before a full name belongs to the title, not the name. */
function withoutPlace(tokens: string[]): string[] {
  let i = 0;
  while (tokens.length - i > 2 && isPlaceWord(tokens[i]!) && looksLikePersonName(tokens.slice(i + 1))) i++;
  return i ? tokens.slice(i) : tokens;
}

/** "Secretary of ", "Minister of ": a title that runs on over "of" into the capitalised words after it. */
const OFFICE_OF_BEFORE = /(\p{L}+)\s+of\s+$/u;

/** "Secretary of State Mike Pompeo": the word after "of" belongs to the title, not the name. */
function withoutOfficeOf(tokens: string[], sentence: string, span: Span): string[] {
  if (tokens.length < 3 || !looksLikePersonName(tokens.slice(1))) return tokens;
  const office = OFFICE_OF_BEFORE.exec(sentence.slice(Math.max(0, span.start - CONTEXT), span.start))?.[1];
  return office && isRoleWord(office) ? tokens.slice(1) : tokens;
}

function wordBeforeSpan(sentence: string, span: Span): string {
  return /([\p{L}]+)\.?\s+$/u.exec(sentence.slice(Math.max(0, span.start - CONTEXT), span.start))?.[1] ?? '';
}

/**
 * What the article says of each person it names: gender from an honorific or gendered role
 * ("Ms. Reyes", "the spokeswoman"), from a given name, and from the pronouns that follow the
 * person as the only one named in a sentence; roles from the title and apposition.
 */
function describePeople(doc: TextDoc, people: People): void {
  const votes = new Map<string, { male: number; female: number }>();
  const vote = (person: string, gender: Gender | null, weight: number) => {
    if (!gender) return;
    const v = votes.get(person) ?? { male: 0, female: 0 };
    v[gender] += weight;
    votes.set(person, v);
  };
  doc.sentences.forEach((s, i) => {
    const mentioned: Array<{ person: string; end: number }> = [];
    for (const span of s.spans) {
      const parts = splitTitle(span);
      const person = resolvePerson(people, parts.name, parts.role);
      if (!person) continue;
      mentioned.push({ person, end: span.end });
      const roles = people.roles.get(person) ?? new Set<string>();
      const after = s.text.slice(span.end, span.end + CONTEXT);
      const before = s.text.slice(Math.max(0, span.start - CONTEXT), span.start);
      const apposition = APPOSITION_ROLE.exec(after)?.[1];
      for (const word of [...parts.role.split(/\s+/), wordBeforeSpan(s.text, span), apposition ?? '']) {
        if (!word) continue;
        vote(person, genderOfWord(word), STATED);
        const bare = word.replace(/\.$/, '').toLowerCase();
        if (isRoleWord(bare)) roles.add(ROLE_WORDS.spelledOut[bare] ?? bare);
      }
      // Nouns of any kind in an apposition describe the person too, as does an age.
      for (const head of [APPOSITION_HEAD.exec(after)?.[1], APPOSITION_HEAD_BEFORE.exec(before)?.[1]]) {
        if (head && !isFunctionWord(head)) roles.add(head.toLowerCase());
      }
      const age = AGE_AFTER.exec(after)?.[1];
      if (age) roles.add(`${age}-year-old`);
      for (const t of span.tokens) vote(person, isHonorific(t.text) ? genderOfWord(t.text) : null, STATED);
      if (roles.size) people.roles.set(person, roles);
      if (parts.nameTokens.length > 1) vote(person, firstNameGender(parts.nameTokens[0]!), GIVEN_NAME);
    }
    const only = new Set(mentioned.map((m) => m.person));
    if (only.size !== 1) return;
    const { person, end } = mentioned[0]!;
    const next = doc.sentences[i + 1];
    const opener = next?.paragraph === s.paragraph ? (next.tokens[0]?.text ?? '') : '';
    const pronoun = /\b(?:he|she|his|her|him)\b/i.exec(s.text.slice(end))?.[0] ?? opener;
    vote(person, genderOfWord(pronoun), PRONOUN);
  });
  for (const [person, v] of votes)
    if (v.male !== v.female) people.gender.set(person, v.male > v.female ? 'male' : 'female');
}

function addPerson(people: People, nameTokens: string[]): void {
  const full = nameTokens.join(' ');
  people.names.add(full);
  const last = nameTokens[nameTokens.length - 1]!.toLowerCase();
  const known = people.byLast.get(last);
  // "Mr Obama" first, "Barack Obama" later: the fuller name wins.
  if (!known || known.split(' ').length < nameTokens.length) people.byLast.set(last, full);
  if (nameTokens.length < 2) return;
  const first = nameTokens[0]!.toLowerCase();
  const other = people.byFirst.get(first);
  people.byFirst.set(first, other === undefined || other === full ? full : null);
}

/**
 * The full name behind a mention: "Webster", "Mr Webster" and "Editor Graham Webster" all
 * give "Graham Webster", as does "Graham" when no one else in the article is called that;
 * a name the article never gave in full stays as written.
 */
export function resolvePerson(people: People, mention: string, title = ''): string | null {
  const words = withoutPlace(mention.split(/\s+/).filter((w) => !isHonorific(w)));
  while (words.length > 1 && isRoleWord(words[0]!)) words.shift();
  if (words.length === 0) return null;
  const full = words.join(' ');
  // "Stephen Jones" is not his son John Stephen Jones: a name the article gave in full, from a
  // given name on, is that person; "Black Elk" is only Linda Black Elk's surname.
  if (words.length > 1 && isFirstName(words[0]!) && people.names.has(full)) return full;
  const key = words[words.length - 1]!.toLowerCase();
  const said = `${title} ${mention}`;
  // "Mr. Holt" for Tom Holt, though his daughter Mary Ann Holt has the fuller name.
  const byLast = otherGender(said, people.byLast.get(key) ?? '')
    ? [...people.names].find((n) => n.toLowerCase().endsWith(` ${key}`) && !otherGender(said, n))
    : people.byLast.get(key);
  // "State Mike Pompeo" in "Secretary of State Mike Pompeo": the name the article gave, its title aside.
  if (byLast && (words.length === 1 || byLast.endsWith(full) || full.endsWith(` ${byLast}`))) return byLast;
  if (people.names.has(full)) return full;
  return words.length === 1 ? (people.byFirst.get(key) ?? null) : null;
}

/** "Mr. Trump" is not Ivanka Trump: the honorific gives one gender, the full name's given name the other. */
function otherGender(mention: string, full: string): boolean {
  const stated = mention
    .split(/\s+/)
    .filter(isHonorific)
    .map(genderOfWord)
    .find((g) => g !== null);
  const given = full.split(/\s+/);
  const usual = given.length > 1 ? firstNameGender(given[0]!) : null;
  return stated !== undefined && usual !== null && stated !== usual;
}

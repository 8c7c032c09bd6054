import type { TextDoc } from '../text/document';
import type { Span } from '../text/tokens';
import { isPlaceWord, isRoleWord } from '../text/lexicon';
import { anyOf } from '../text/pattern';
import { OFFICES } from '../text/roles';
import { ROLE_WORDS } from '../vocabulary';
import { PERSON_NAME_WORD, isHonorific, looksLikePersonName, nameLikeWords, splitTitle } from './names';
import { ROLE_AT_BEFORE } from './org-words';
import { SPEECH_VERB } from './speech';

/** The people an article names, so "Webster" and "he" can be resolved to "Graham Webster". */
export interface People {
  /** Full names, in order of first mention. */
  names: Set<string>;
  /** Full name for a last name ("webster" -> "Graham Webster"), the fullest the article gave. */
  byLast: Map<string, string>;
  /** Full name for a given name used alone ("fiona" -> "Fiona Parry"), when only one person has it. */
  byFirst: Map<string, string | null>;
}

/** "Jane Doe, an analyst at…", "Jane Doe, a mother of two": what follows a person's name. */
const APPOSITION_ROLE = new RegExp(
  `^,\\s+(?:(?:a|an|the|its|his|her|their)\\s+)?(?:[\\p{L}\\-']+\\s+){0,4}?${anyOf([...OFFICES, ...ROLE_WORDS.relations])}\\b`,
  'iu',
);
/** How much text either side of a name its cues are looked for in: end-anchored patterns stay cheap. */
const CONTEXT = 80;
const SAID_AFTER = new RegExp(`^,?\\s*(?:${SPEECH_VERB})\\b`, 'i');
const SAID_BEFORE = new RegExp(`\\b(?:${SPEECH_VERB})\\s*,?\\s*$`, 'i');

function isPersonSpan(span: Span, name: string[], titled: boolean, sentence: string): boolean {
  if (name.length === 0 || name.every(isPlaceWord) || !nameLikeWords(name)) return false;
  const before = sentence.slice(Math.max(0, span.start - CONTEXT), span.start);
  // "strategist at Miller Tabak": what stands there is a business, not a person.
  if (!titled && ROLE_AT_BEFORE.test(before)) return false;
  if (looksLikePersonName(name)) return true;
  if (name.length > 3 || !name.every((t) => PERSON_NAME_WORD.test(t))) return false;
  if (titled) return true;
  if (name.length < 2) return false;
  const after = sentence.slice(span.end, span.end + CONTEXT);
  return APPOSITION_ROLE.test(after) || SAID_AFTER.test(after) || SAID_BEFORE.test(before);
}

export function findPeople(doc: TextDoc): People {
  const people: People = { names: new Set(), byLast: new Map(), byFirst: new Map() };
  for (const s of doc.sentences) {
    for (const span of s.spans) {
      const { role, nameTokens } = splitTitle(span);
      // "developer Ammar Askar", "chief inspector Jennifer Mattinson": a lower-case title.
      const wordBefore =
        /([\p{L}]+)\.?\s+$/u.exec(s.text.slice(Math.max(0, span.start - CONTEXT), span.start))?.[1] ?? '';
      // A single word is a surname only after an honorific ("Mr Obama"): "developer Mojang" is a business.
      const titled =
        nameTokens.length > 1
          ? role !== '' || isRoleWord(wordBefore)
          : isHonorific(wordBefore) || span.tokens.some((t) => isHonorific(t.text));
      if (isPersonSpan(span, nameTokens, titled, s.text)) addPerson(people, nameTokens);
    }
  }
  return people;
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
export function resolvePerson(people: People, mention: string): string | null {
  const words = mention.split(/\s+/).filter((w) => !isHonorific(w));
  while (words.length > 1 && isRoleWord(words[0]!)) words.shift();
  if (words.length === 0) return null;
  const full = words.join(' ');
  const key = words[words.length - 1]!.toLowerCase();
  const byLast = people.byLast.get(key);
  if (byLast && (words.length === 1 || byLast.endsWith(full))) return byLast;
  if (people.names.has(full)) return full;
  return words.length === 1 ? (people.byFirst.get(key) ?? null) : null;
}

import type { TextDoc } from '../text/document';
import type { Span } from '../text/tokens';
import { isPlaceWord, isRoleWord } from '../text/lexicon';
import { isHonorific, looksLikePersonName, nameLikeWords, splitTitle } from './names';
import { ROLE_AT_BEFORE } from './org-words';
import { SPEECH_VERB } from './speech';

/** The people an article names, so "Webster" and "he" can be resolved to "Graham Webster". */
export interface People {
  /** Full names in order of first mention. */
  names: string[];
  /** Full name for a last name ("webster" -> "Graham Webster"), from the first full mention. */
  byLast: Map<string, string>;
}

const APPOSITION_ROLE = /^,\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\p{L}\-']+\s+){0,4}?(?:analyst|strategist|economist|executive|officer|ceo|cfo|president|chairman|chairwoman|founder|co-founder|director|manager|spokes(?:man|woman|person)|editor|professor|secretary|minister|senator|governor|administrator|partner|head|chief|vice|researcher|scientist|engineer|author|leader|lawyer|attorney|adviser|advisor|consultant|owner|investor|expert|fellow|associate|correspondent|reporter|mother|father|sister|brother|son|daughter|wife|husband|student|teacher)\b/iu;
const SAID_AFTER = new RegExp(`^,?\\s*(?:${SPEECH_VERB})\\b`, 'i');
const SAID_BEFORE = new RegExp(`\\b(?:${SPEECH_VERB})\\s*,?\\s*$`, 'i');

function isPersonSpan(span: Span, name: string[], role: string, sentence: string): boolean {
  if (name.length === 0 || name.every(isPlaceWord) || !nameLikeWords(name)) return false;
  const before = sentence.slice(0, span.start);
  // "strategist at Miller Tabak": what stands there is a business, not a person.
  if (!role && ROLE_AT_BEFORE.test(before)) return false;
  if (looksLikePersonName(name)) return true;
  if (name.length < 2 || name.length > 3) return false;
  if (!name.every((t) => /^\p{Lu}[\p{Ll}'’\-]+$/u.test(t))) return false;
  if (role) return true;
  const after = sentence.slice(span.end);
  return APPOSITION_ROLE.test(after) || SAID_AFTER.test(after) || SAID_BEFORE.test(before);
}

export function findPeople(doc: TextDoc): People {
  const names: string[] = [];
  const byLast = new Map<string, string>();
  for (const s of doc.sentences) {
    for (const span of s.spans) {
      const { role, nameTokens } = splitTitle(span);
      if (!isPersonSpan(span, nameTokens, role, s.text)) continue;
      const full = nameTokens.join(' ');
      if (!names.includes(full)) names.push(full);
      const last = nameTokens[nameTokens.length - 1]!.toLowerCase();
      if (!byLast.has(last)) byLast.set(last, full);
    }
  }
  return { names, byLast };
}

/**
 * The full name behind a mention: "Webster", "Mr Webster" and "Editor Graham Webster" all
 * give "Graham Webster"; a name the article never gave in full stays as written.
 */
export function resolvePerson(people: People, mention: string): string | null {
  const words = mention.split(/\s+/).filter((w) => !isHonorific(w));
  while (words.length > 1 && isRoleWord(words[0]!)) words.shift();
  if (words.length === 0) return null;
  const full = words.join(' ');
  if (people.names.includes(full)) return full;
  const byLast = people.byLast.get(words[words.length - 1]!.toLowerCase());
  if (byLast && (words.length === 1 || byLast.endsWith(full))) return byLast;
  return null;
}

export function isKnownPerson(people: People, mention: string): boolean {
  return resolvePerson(people, mention) !== null;
}

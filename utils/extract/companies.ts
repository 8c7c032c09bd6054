import type { Company } from '../types';
import type { TextDoc } from '../text/document';
import type { Span } from '../text/tokens';
import { isCommonWord, isFirstName, isKnownOrganization, isPlaceWord, isRoleWord } from '../text/lexicon';
import { looksLikePersonName, splitTitle } from './names';
import { resolvePerson, type People } from './people';
import {
  AGENCY_ACRONYMS, COMPANY_APPOSITION, COMPANY_CUE_AFTER, COMPANY_CUE_BEFORE, COMPANY_HEADS,
  CORPORATE_ROLES, DROPPED_SUFFIXES, LEGAL_SUFFIXES, NEVER_NAMES, NON_COMPANY_WORDS, ROLE_AT_BEFORE,
} from './org-words';

export interface CompanyResult {
  companies: Company[];
  /** The company a mention refers to ("Ant", "Ant Group's"), or null. */
  companyOf(mention: string): string | null;
}

/** Evidence a name needs, summed over its mentions, to be listed as a company. */
const MIN_EVIDENCE = 2;
const MAX_COMPANIES = 30;

interface Candidate {
  key: string;
  tokens: string[];
  forms: Map<string, number>;
  evidence: number;
  mentions: number;
  paragraphId: string;
  order: number;
}

/**
 * Businesses the article names. A name counts when the text gives evidence that it is one: a
 * legal suffix, a business head word, a cue around it ("shares of X", "X said in a statement",
 * "analyst at X", "X, a provider of..."), or a well-known company name; people, places,
 * governments and agencies are ruled out first. Short forms merge into the full name.
 */
export function findCompanies(doc: TextDoc, people: People): CompanyResult {
  const candidates = new Map<string, Candidate>();
  const acronyms = new Map<string, string>(); // "SNC" -> key of "Sierra Nevada Corporation"

  for (const s of doc.sentences) {
    for (const span of s.spans) {
      const found = candidateOf(span, s.text, people);
      if (!found) continue;
      const key = coreKey(found.tokens);
      if (!key) continue;
      let c = candidates.get(key);
      if (!c) {
        c = { key, tokens: coreTokens(found.tokens), forms: new Map(), evidence: 0, mentions: 0, paragraphId: s.paragraphId, order: candidates.size };
        candidates.set(key, c);
      }
      c.forms.set(found.text, (c.forms.get(found.text) ?? 0) + 1);
      c.mentions++;
      c.evidence += found.evidence;
      const acronym = /^\s*\(([A-Z][A-Z&]{1,6})\)/.exec(s.text.slice(span.end))?.[1];
      if (acronym && !AGENCY_ACRONYMS.has(acronym)) acronyms.set(acronym, key);
    }
  }

  for (const [acronym, key] of acronyms) {
    const alias = candidates.get(acronym.toLowerCase());
    const target = candidates.get(key);
    if (alias && target && alias !== target) mergeInto(target, alias, candidates);
  }
  // Short forms join the longest name they begin: "Ant" -> "Ant Group", "Sierra Nevada" -> "Sierra Nevada Corp."
  const byLength = [...candidates.values()].sort((a, b) => b.tokens.length - a.tokens.length);
  for (const short of [...byLength].reverse()) {
    const long = byLength.find((l) => l !== short && l.tokens.length > short.tokens.length && startsWith(l.tokens, short.tokens) && candidates.has(l.key));
    if (long && candidates.has(short.key)) mergeInto(long, short, candidates);
  }

  const listed = [...candidates.values()]
    .filter((c) => c.evidence >= MIN_EVIDENCE)
    .sort((a, b) => b.mentions - a.mentions || a.order - b.order)
    .slice(0, MAX_COMPANIES);
  const nameOf = new Map<string, string>();
  const companies = listed.map((c) => {
    const name = displayName(c);
    for (const form of c.forms.keys()) nameOf.set(coreKey(form.split(/\s+/)), name);
    nameOf.set(c.key, name);
    const aliases = [...c.forms.keys()].filter((f) => f !== name);
    return { name, mentions: c.mentions, aliases, paragraphId: c.paragraphId };
  });
  for (const [acronym, key] of acronyms) {
    const name = nameOf.get(key);
    if (name) nameOf.set(acronym.toLowerCase(), name);
  }
  return {
    companies,
    companyOf(mention) {
      const tokens = mention.replace(/['’]s?$/, '').split(/\s+/);
      return nameOf.get(coreKey(tokens)) ?? null;
    },
  };
}

function mergeInto(target: Candidate, source: Candidate, all: Map<string, Candidate>): void {
  for (const [form, n] of source.forms) target.forms.set(form, (target.forms.get(form) ?? 0) + n);
  target.mentions += source.mentions;
  target.evidence += source.evidence;
  if (source.order < target.order) {
    target.order = source.order;
    target.paragraphId = source.paragraphId;
  }
  all.delete(source.key);
}

function startsWith(long: string[], short: string[]): boolean {
  return short.every((t, i) => long[i]!.toLowerCase() === t.toLowerCase());
}

/** The words that identify a business, without "The" and legal forms. */
function coreTokens(tokens: string[]): string[] {
  const out = tokens.filter((t, i) => !(i === 0 && /^the$/i.test(t)));
  while (out.length > 1 && LEGAL_SUFFIXES.has(out[out.length - 1]!)) out.pop();
  return out;
}

function coreKey(tokens: string[]): string {
  return coreTokens(tokens).join(' ').toLowerCase().replace(/[’]/g, "'");
}

function displayName(c: Candidate): string {
  // The fullest form the article used, without its legal suffix: "Huawei Technologies Co." -> "Huawei Technologies".
  const forms = [...c.forms.keys()].sort((a, b) => b.split(' ').length - a.split(' ').length);
  const words = forms[0]!.split(/\s+/).filter((t, i) => !(i === 0 && /^the$/i.test(t)));
  while (words.length > 1 && DROPPED_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

interface Found {
  text: string;
  tokens: string[];
  evidence: number;
}

function candidateOf(span: Span, sentence: string, people: People): Found | null {
  const parts = splitTitle(span);
  let tokens: string[];
  let evidence = 0;
  let start = span.start;
  let end = span.end;
  if (parts.role) {
    // "InfoNation President Dan McDowell": the business is what stands before a corporate role.
    if (!parts.org || !CORPORATE_ROLES.test(parts.role)) return null;
    tokens = parts.org.split(/\s+/);
    end = span.start + parts.org.length;
    evidence += 2;
  } else {
    tokens = span.tokens.map((t) => t.text);
  }
  if (tokens[0] && /^the$/i.test(tokens[0])) {
    tokens = tokens.slice(1);
    start = sentence.indexOf(tokens[0] ?? '', start);
  }
  if (tokens.length === 0 || !plausible(tokens, people)) return null;

  const text = tokens.join(' ');
  const before = sentence.slice(Math.max(0, start - 60), start);
  const after = sentence.slice(end, end + 80);
  const last = tokens[tokens.length - 1]!;
  if (LEGAL_SUFFIXES.has(last) && tokens.length > 1) evidence += 3;
  else if (COMPANY_HEADS.has(last) && tokens.length > 1) evidence += 2;
  if (isKnownOrganization(text)) evidence += 2;
  if (COMPANY_CUE_BEFORE.test(before) || ROLE_AT_BEFORE.test(before)) evidence += 2;
  if (COMPANY_CUE_AFTER.test(span.possessive ? "'s" + after : after)) evidence += 2;
  if (COMPANY_APPOSITION.test(after)) evidence += 3;
  if (/^-(?:backed|owned|funded|made)\b/.test(sentence.slice(end))) evidence += 2;
  return { text, tokens, evidence };
}

/** Rules out people, places, governments, agencies and ordinary words before any evidence is weighed. */
function plausible(tokens: string[], people: People): boolean {
  const text = tokens.join(' ');
  if (tokens.some((t) => NON_COMPANY_WORDS.has(t) || AGENCY_ACRONYMS.has(t))) return false;
  if (tokens.every((t) => NEVER_NAMES.has(t) || isPlaceWord(t) || isRoleWord(t))) return false;
  if (tokens.length === 1 && isCommonWord(tokens[0]!) && !isKnownOrganization(tokens[0]!)) return false;
  if (looksLikePersonName(tokens) || resolvePerson(people, text)) return false;
  if (tokens.length === 1 && isFirstName(tokens[0]!) && !isKnownOrganization(tokens[0]!)) return false;
  return /\p{L}/u.test(text);
}

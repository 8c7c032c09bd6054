import type { Company } from '../types';
import type { TextDoc } from '../text/document';
import type { Span } from '../text/tokens';
import { opensAsCredit } from '../text/credit-line';
import { isCommonWord, isFirstName, isKnownOrganization, isPlaceWord, isRoleWord } from '../text/lexicon';
import { isNotCompany, isStateCode, lookupKnownName, type KnownName } from './gazetteer';
import { looksLikePersonName, nameLikeWords, PERSON_NAME_WORD, splitTitle } from './names';
import { resolvePerson, type People } from './people';
import {
  ADHERENTS,
  AGENCY_ACRONYMS,
  BODY_APPOSITION,
  BODY_KIND_AFTER,
  BODY_KIND_BEFORE,
  COMPANY_APPOSITION,
  COMPANY_APPOSED_TO,
  CORPORATE_ACT_AFTER,
  COMPANY_CUE_AFTER,
  COMPANY_CUE_BEFORE,
  COMPANY_HEADS,
  CORPORATE_ROLES,
  DROPPED_SUFFIXES,
  LEGAL_SUFFIXES,
  LEGAL_SUFFIX_AFTER,
  NEVER_NAMES,
  NON_COMPANY_WORDS_UNLESS_KNOWN,
  LANDFORMS,
  PLACE_QUALIFIERS,
  PRODUCT_USE_AFTER,
  PUBLIC_DOMAIN,
  ROLE_AT_BEFORE,
  ROLE_BETWEEN_COMMAS_BEFORE,
  TITLED_ROLE_AFTER,
  WORKS_AT_BEFORE,
} from './org-words';

export interface CompanyResult {
  companies: Company[];
  /** The company a mention refers to ("Ant", "Ant Group's"), or null. */
  companyOf(mention: string): string | null;
}

/** What may stand between two names of one list: ", ", " and ", ", or ", " instead of ". */
const LIST_JOIN = /^(?:\s*,)?\s*(?:(?:and|or|nor|as well as|along with|instead of|rather than|versus|vs\.?)\s+)?$/;

/** Evidence a name needs, summed over its mentions, to be listed as a company. */
const MIN_EVIDENCE = 2;
const MAX_COMPANIES = 30;
/** A legal suffix or an apposition ("X, a provider of…") settles it even for a sentence's first word. */
const STRONG_EVIDENCE = 3;

interface Candidate {
  key: string;
  tokens: string[];
  forms: Map<string, number>;
  evidence: number;
  mentions: number;
  known: boolean;
  anchored: boolean;
  /** Some mention has evidence only a business has, not a product too (a legal suffix, "shares of", "X's chief executive"). */
  business: boolean;
  /** Mentions written after "the" ("the Moon"). */
  articled: number;
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

  const namedAfterPeople = businessesNamedAfterPeople(doc);
  const aged = surnamesWithAge(doc);
  const bodies = namedBodies(doc);
  const titled = titledWords(doc);
  for (const s of doc.sentences) {
    // Captions and credits ("(Image credit: Blue Origin)") name what a picture shows or where it
    // came from: an entry counts and points to mentions in the article's own text.
    if (doc.paragraphs[s.paragraph]?.role === 'caption' || opensAsCredit(s.text)) continue;
    const found = s.spans.map((span) => candidateOf(span, s.text, people, namedAfterPeople, aged, bodies, titled));
    shareListEvidence(s.text, s.spans, found);
    shareOwnerEvidence(s.text, s.spans, found);
    found.forEach((f, i) => {
      const key = f && coreKey(f.tokens);
      if (!f || !key) return;
      let c = candidates.get(key);
      if (!c) {
        c = {
          key,
          tokens: coreTokens(f.tokens),
          forms: new Map(),
          evidence: 0,
          mentions: 0,
          known: false,
          anchored: false,
          business: false,
          articled: 0,
          paragraphId: s.paragraphId,
          order: candidates.size,
        };
        candidates.set(key, c);
      }
      c.forms.set(f.text, (c.forms.get(f.text) ?? 0) + 1);
      c.mentions++;
      if (/^the\s/i.test(f.written)) c.articled++;
      c.evidence += f.evidence;
      c.known ||= f.known;
      c.anchored ||= f.anchored;
      c.business ||= f.business;
      const acronym = /^\s*\(([A-Z][A-Z&]{1,6})\)/.exec(s.text.slice(s.spans[i]!.end))?.[1];
      if (acronym && !AGENCY_ACRONYMS.has(acronym)) acronyms.set(acronym, key);
    });
  }

  for (const [acronym, key] of acronyms) {
    const alias = candidates.get(acronym.toLowerCase());
    const target = candidates.get(key);
    if (alias && target && alias !== target) mergeInto(target, alias, candidates);
  }
  // A common noun is no name to merge: "SUV" is not the short form of "Zorblax Roamer SUV".
  const commonNouns = pluralAcronyms(doc);
  for (const c of [...candidates.values()])
    if (commonNouns.has(c.tokens.join(' ')) || commonNouns.has(c.tokens.join(' ').replace(/s$/, '')))
      candidates.delete(c.key);
  foldProducts(candidates);
  mergeShortForms(candidates, commonNouns);
  mergeVariants(candidates);
  mergeKnownAliases(candidates);
  mergeInitials(candidates);

  const listed = [...candidates.values()]
    .filter((c) => evidenceOf(c) >= MIN_EVIDENCE && c.anchored)
    .sort((a, b) => b.mentions - a.mentions || a.order - b.order)
    .slice(0, MAX_COMPANIES);
  const nameOf = new Map<string, string>();
  const companies = listed.map((c) => {
    const name = displayName(c);
    for (const form of c.forms.keys()) nameOf.set(coreKey(form.split(/\s+/)), name);
    nameOf.set(c.key, name);
    const aliases = [...c.forms.keys()].filter((f) => f !== name && `${f}'s` !== name);
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

/**
 * Initials the article also writes as a plural ("SUVs", "ATMs", "IPOs"): a common noun's, not a
 * business's, whatever cue stands around them.
 */
function pluralAcronyms(doc: TextDoc): Set<string> {
  const out = new Set<string>();
  for (const s of doc.sentences) for (const m of s.text.matchAll(/\b(\p{Lu}{2,})s\b/gu)) out.add(m[1]!);
  return out;
}

/**
 * The evidence summed over a name's mentions. Being in the gazetteer counts once, as half a cue:
 * a known name may still be a product, a street or a surname, however often it is repeated.
 */
function evidenceOf(c: Candidate): number {
  return c.evidence + (c.known ? 1 : 0);
}

function mergeInto(target: Candidate, source: Candidate, all: Map<string, Candidate>): void {
  for (const [form, n] of source.forms) target.forms.set(form, (target.forms.get(form) ?? 0) + n);
  target.mentions += source.mentions;
  target.evidence += source.evidence;
  target.known ||= source.known;
  target.anchored ||= source.anchored;
  target.business ||= source.business;
  target.articled += source.articled;
  if (source.order < target.order) {
    target.order = source.order;
    target.paragraphId = source.paragraphId;
  }
  all.delete(source.key);
}

/**
 * A name that opens with a business's name and has no evidence of a business of its own is that
 * business's product: "Zorblax TV", "the Zorblax Pad app". It is no entry of its own: the maker
 * stands for it when the article names the maker apart, or takes its place when it does not. A
 * business head or legal form in the rest ("Zorblax Energy", "Zorblax Health Inc.") makes a unit.
 */
function foldProducts(candidates: Map<string, Candidate>): void {
  for (const c of [...candidates.values()]) {
    if (c.business || c.tokens.length < 2) continue;
    for (let n = c.tokens.length - 1; n >= 1; n--) {
      const rest = c.tokens.slice(n);
      if (rest.some((t) => COMPANY_HEADS.has(t) || LEGAL_SUFFIXES.has(t) || isPlaceWord(t))) break;
      // "Zorblax Martin", joining two founders' or businesses' names, is a business of its own.
      if (isFirstName(rest[0]!)) break;
      const maker = c.tokens.slice(0, n);
      const key = coreKey(maker);
      const named = candidates.get(key);
      const known = lookupKnownName(maker.join(' '));
      const knownApart =
        known !== null && !known.ambiguous && lookupKnownName(c.tokens.join(' '))?.canonical !== known.canonical;
      if (named && named !== c && evidenceOf(named) >= MIN_EVIDENCE) {
        candidates.delete(c.key);
        // Its name without the maker's ("Pad" of "Zorblax Pad") is the product too.
        const bare = candidates.get(coreKey(rest));
        if (bare && !bare.business) candidates.delete(bare.key);
        break;
      }
      if (!named && knownApart) {
        candidates.delete(c.key);
        candidates.set(key, { ...c, key, tokens: maker, forms: new Map([[maker.join(' '), c.mentions]]) });
        break;
      }
    }
  }
}

/**
 * Short forms join the longest name they begin: "Ant" -> "Ant Group", "Sierra Nevada" ->
 * "Sierra Nevada Corp."; of several, the one the article names most ("Zorb" -> "Zorb News",
 * named throughout, not "Zorb Television Stations", named once). Not when the rest is a place: "Yahoo Japan" is a business of its own.
 * Nor when the longer name has no evidence of its own or ends in a common noun: "Zorblax Myco"
 * and "Zorblax Roamer SUV" are then products the business makes, and it is named by its short form.
 */
function mergeShortForms(candidates: Map<string, Candidate>, commonNouns: ReadonlySet<string>): void {
  const nameByPrefix = new Map<string, Candidate>();
  for (const c of candidates.values()) {
    if (evidenceOf(c) === 0 || commonNouns.has(c.tokens[c.tokens.length - 1]!.replace(/s$/, ''))) continue;
    for (let n = 1; n < c.tokens.length; n++) {
      if (c.tokens.slice(n).some(isPlaceWord)) continue;
      const prefix = c.tokens.slice(0, n).join(' ').toLowerCase();
      const held = nameByPrefix.get(prefix);
      if (!held || held.mentions < c.mentions || (held.mentions === c.mentions && held.tokens.length < c.tokens.length))
        nameByPrefix.set(prefix, c);
    }
  }
  for (const short of [...candidates.values()]) {
    const long = nameByPrefix.get(short.tokens.join(' ').toLowerCase());
    if (
      long &&
      long !== short &&
      candidates.has(long.key) &&
      !namesOtherCompany(short, long) &&
      !isGroup(short) &&
      !commonNounOf(short, long)
    )
      mergeInto(long, short, candidates);
  }
}

/**
 * A word the article always writes after "the" ("flights to the Moon") where the longer name goes
 * without ("Moon Express") is a common noun, not the name's short form.
 */
function commonNounOf(short: Candidate, long: Candidate): boolean {
  return short.tokens.length === 1 && short.articled === short.mentions && long.articled < long.mentions;
}

/** "Zorblax Group", "Zorblax Holdings": the parent of a longer name it begins ("Zorblax Solar"), not short for it. */
function isGroup(c: Candidate): boolean {
  return [...c.forms.keys()].some((f) => /\b(?:Group|Holdings?)$/.test(f));
}

/**
 * A short form the gazetteer knows names that company, not a longer name it begins: "Disney" is
 * not short for "Disney Channel", nor "Apple" for "Apple Pencil". A business head is what an
 * article drops, though: in one that names "Cisco Systems", "Cisco" is short for it.
 */
function namesOtherCompany(short: Candidate, long: Candidate): boolean {
  const rest = long.tokens.slice(short.tokens.length);
  if (rest.every((t) => COMPANY_HEADS.has(t) || LEGAL_SUFFIXES.has(t))) return false;
  const own = lookupKnownName(short.tokens.join(' '));
  return own !== null && lookupKnownName(long.tokens.join(' '))?.canonical !== own.canonical;
}

/**
 * Other spellings of one name join it: a plural ("Emirates Airlines" -> "Emirates Airline"), a web
 * address ("Edmunds.com" -> "Edmunds"), and a one-word name that ends exactly one longer name
 * ("Disney" -> "Walt Disney", "Sachs" -> "Goldman Sachs"), the way articles shorten a name after
 * its first mention. A business head alone ("Beauty", "Systems") shortens no name: it is a noun.
 */
function mergeVariants(candidates: Map<string, Candidate>): void {
  for (const c of [...candidates.values()]) {
    const bare = [c.key.replace(/s$/, ''), c.key.replace(/\.com$/, '')].map((k) => candidates.get(k));
    const into = bare.find((b) => b && b !== c);
    if (into) mergeInto(into, c, candidates);
  }
  const endingWith = new Map<string, Candidate[]>();
  for (const c of candidates.values()) {
    if (c.tokens.length < 2) continue;
    const last = c.tokens[c.tokens.length - 1]!.toLowerCase();
    endingWith.set(last, [...(endingWith.get(last) ?? []), c]);
  }
  for (const short of [...candidates.values()]) {
    const longs =
      short.tokens.length === 1 && !COMPANY_HEADS.has(short.tokens[0]!) ? endingWith.get(short.key) : undefined;
    const long = longs?.length === 1 && candidates.has(longs[0]!.key) ? longs[0]! : null;
    if (!long) continue;
    if (!isSurnameOf(short, long)) mergeInto(long, short, candidates);
    else {
      candidates.delete(long.key);
      candidates.delete(short.key);
    }
  }
}

/**
 * "Jo Quibble" named once, then "Quibble" again and again: the way an article names a person, whose
 * given name no list knows. When all the evidence is the short form's (a list it stands in, a
 * thing it owns), that is a person's surname, and neither is a business.
 */
function isSurnameOf(short: Candidate, long: Candidate): boolean {
  return (
    long.tokens.length === 2 &&
    long.evidence === 0 &&
    !long.known &&
    lookupKnownName(long.tokens.join(' ')) === null &&
    nameLikeWords(long.tokens) &&
    long.tokens.every((t) => PERSON_NAME_WORD.test(t))
  );
}

/**
 * Forms the gazetteer knows as one company's join the form that spells its name, or the one
 * named most: "P&G" and "Procter & Gamble", "GSK" and "GlaxoSmithKline".
 */
function mergeKnownAliases(candidates: Map<string, Candidate>): void {
  const byCompany = new Map<string, Candidate[]>();
  for (const c of candidates.values()) {
    const canonical = lookupKnownName(c.tokens.join(' '))?.canonical;
    if (canonical) byCompany.set(canonical, [...(byCompany.get(canonical) ?? []), c]);
  }
  for (const [canonical, forms] of byCompany) {
    if (forms.length < 2) continue;
    const target =
      forms.find((c) => c.tokens.join(' ') === canonical) ?? [...forms].sort((a, b) => b.mentions - a.mentions)[0]!;
    for (const c of forms) if (c !== target) mergeInto(target, c, candidates);
  }
}

/**
 * Initials join the one name in the article they spell: "GM" -> "General Motors", "P&G" ->
 * "Procter & Gamble" (joining words and legal suffixes left out).
 */
function mergeInitials(candidates: Map<string, Candidate>): void {
  const byInitials = new Map<string, Candidate[]>();
  for (const c of candidates.values()) {
    const words = c.tokens.filter((t) => /^\p{Lu}/u.test(t) && !LEGAL_SUFFIXES.has(t));
    if (words.length < 2) continue;
    const initials = words.map((w) => w[0]).join('');
    byInitials.set(initials, [...(byInitials.get(initials) ?? []), c]);
  }
  for (const c of [...candidates.values()]) {
    if (c.tokens.length !== 1 || !/^\p{Lu}[\p{Lu}&]{1,5}$/u.test(c.tokens[0]!)) continue;
    const names = byInitials.get(c.tokens[0]!.replace(/&/g, ''));
    if (names?.length === 1 && candidates.has(names[0]!.key)) mergeInto(names[0]!, c, candidates);
  }
}

/**
 * Names listed together are alike: in "SpaceX, Blue Origin, Sierra Nevada Corp. and Ceres
 * Robotics" the legal suffix of one vouches for all, and a cue before the list ("the companies
 * Astrobotic, Intuitive Machines and Orbit Beyond") covers every item. People and places are no
 * candidates, so they break a list rather than join it.
 */
function shareListEvidence(sentence: string, spans: Span[], found: Array<Found | null>): void {
  // "the Zorblax from Quibbleco, the Orbix from Zorbco": a thing made by the name after it lists with none.
  const made = spans.map((s) => /^\s+(?:from|by)\s+(?:the\s+)?\p{Lu}/u.test(sentence.slice(s.end)));
  // A possessive owns the noun after it rather than standing in a list: "Ant's Alipay and Tencent's
  // WeChat Pay". One with a comma or "and" after it is a name of a list: "Macy's, Kellogg's and Fox".
  const owns = spans.map((s) => s.possessive && !/^['’]s?\s*(?:[,;.]|and\b|or\b|$)/.test(sentence.slice(s.end)));
  let start = 0;
  for (let i = 1; i <= spans.length; i++) {
    const joined =
      i < spans.length &&
      found[i] &&
      found[i - 1] &&
      !made[i] &&
      !made[i - 1] &&
      !owns[i] &&
      !owns[i - 1] &&
      LIST_JOIN.test(sentence.slice(spans[i - 1]!.end, spans[i]!.start).replace(/^['’]s?/, ''));
    if (joined) continue;
    const group = found.slice(start, i).filter((f): f is Found => f !== null);
    const best = Math.max(0, ...group.map((f) => f.evidence));
    const business = group.some((f) => f.business);
    // Two names the gazetteer knows as businesses make a list of businesses, as one cue does.
    const known = group.filter((f) => f.known).length;
    if (group.length > 1 && (best >= MIN_EVIDENCE || known >= 2))
      for (const f of group) {
        f.evidence = Math.max(f.evidence, MIN_EVIDENCE);
        f.business ||= business;
      }
    start = i;
  }
}

/**
 * The owner of a business is one: "Alphabet's Google", "Comcast's Universal Studios". Weak evidence
 * (a person owns things too), so alone it lists nothing.
 */
function shareOwnerEvidence(sentence: string, spans: Span[], found: Array<Found | null>): void {
  for (let i = 0; i + 1 < spans.length; i++) {
    const owner = found[i];
    const owned = found[i + 1];
    if (!owner || !owned || !spans[i]!.possessive || owned.evidence < MIN_EVIDENCE) continue;
    if (/^['’]s?\s+$/.test(sentence.slice(spans[i]!.end, spans[i + 1]!.start))) owner.evidence += 1;
  }
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
  // Not down to an ordinary word: "News Corp." stays so, not "News".
  while (
    words.length > 1 &&
    DROPPED_SUFFIXES.has(words[words.length - 1]!) &&
    !(words.length === 2 && isCommonWord(words[0]!))
  )
    words.pop();
  // "Lowe's", "McDonald's": the possessive the tokenizer took off is part of the known name.
  const name = words.join(' ');
  const canonical = lookupKnownName(name)?.canonical;
  return canonical && canonical.replace(/['’]s$/, '') === name ? canonical : name;
}

interface Found {
  text: string;
  /** The name as the sentence has it, with "the" before it when there is one. */
  written: string;
  tokens: string[];
  evidence: number;
  /** In the gazetteer, and not an ordinary word too ("Apple" is). */
  known: boolean;
  /** Not just a capitalised first word of a sentence ("Comparable sales rose…") on weak evidence. */
  anchored: boolean;
  business: boolean;
}

/** A sentence's opening up to a name, when it is a preposition the name is the object of. */
const OPENING_PHRASE =
  /^\s*(?:with|without|for|in|at|after|before|like|unlike|through|since|under|beyond|besides|despite)\s+(?:the\s+|its\s+|their\s+)?$/i;

/** How much text before and after a name its company cues are looked for in: the patterns are anchored at the name. */
const CUE_BEFORE_CHARS = 60;
const CUE_AFTER_CHARS = 80;

/**
 * Names shaped like a person's whose last word is a business the gazetteer knows, that the article
 * writes with a company cue at least once: "shares of Walt Disney", "Walt Disney's chief
 * executive". There the name is the business's, and so is its short form ("Disney").
 */
function businessesNamedAfterPeople(doc: TextDoc): ReadonlySet<string> {
  const out = new Set<string>();
  for (const s of doc.sentences) {
    for (const span of s.spans) {
      const tokens = span.tokens.map((t) => t.text);
      if (!looksLikePersonName(tokens) || lookupKnownName(tokens[tokens.length - 1]!)?.ambiguous !== false) continue;
      const before = s.text.slice(Math.max(0, span.start - CUE_BEFORE_CHARS), span.start);
      if (COMPANY_CUE_BEFORE.test(before) || COMPANY_CUE_AFTER.test(s.text.slice(span.end, span.end + CUE_AFTER_CHARS)))
        out.add(tokens.join(' '));
    }
  }
  return out;
}

/**
 * Names the article itself shows to be a public body, union, school or association, whatever cue
 * another mention has: one it calls so ("the watchdog group Quibble Matters", "the Zorbian Policy
 * Forum think tank"); and, of a name it writes in full ("National Quibble Employees Union",
 * "Zorbian Mobility Command"), the initials ("NQEU") and the short form that drops the body's head
 * word ("Zorbian Mobility").
 */
function namedBodies(doc: TextDoc): ReadonlySet<string> {
  const out = new Set<string>();
  for (const s of doc.sentences)
    for (const span of s.spans) {
      const words = span.tokens.map((t) => t.text).filter((w, i) => !(i === 0 && /^the$/i.test(w)));
      const before = s.text.slice(Math.max(0, span.start - CUE_BEFORE_CHARS), span.start);
      if (BODY_KIND_BEFORE.test(before) || BODY_KIND_AFTER.test(s.text.slice(span.end))) out.add(words.join(' '));
      if (words.length < 2 || !namesBody(words)) continue;
      const initials = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]);
      if (initials.length > 1) out.add(initials.join(''));
      const short = words.slice(0, -1);
      if (short.length > 1 && lookupKnownName(short.join(' ')) === null) out.add(short.join(' '));
    }
  return out;
}

/**
 * A public body's or a place's full name: one the gazetteer knows is no business, one holding a word
 * no business's name holds ("University"), or one named for a word that mostly names a body
 * ("Union", "Association").
 * "Major League Gaming" is named for its last word, not for "League".
 */
function namesBody(words: string[]): boolean {
  return (
    isNotCompany(words.join(' ')) ||
    (NON_COMPANY_WORDS_UNLESS_KNOWN.has(headOf(words)) && lookupKnownName(words.join(' ')) === null)
  );
}

/** Ordinary words the article writes with a capital before a company title: "Slack's Senior Content Director". */
function titledWords(doc: TextDoc): ReadonlySet<string> {
  const out = new Set<string>();
  for (const s of doc.sentences)
    for (const span of s.spans) if (titleFollows(s.text, span)) out.add(span.tokens.map((t) => t.text).join(' '));
  return out;
}

/** "Slack's Senior Content Director": a capitalised company title after a name not opening its sentence. */
function titleFollows(sentence: string, span: Span): boolean {
  return span.possessive && !span.tokens[0]!.initial && TITLED_ROLE_AFTER.test(sentence.slice(span.end));
}

/** "Braun, 38, who…": a name with an age after it is a person's, and so is every name ending in that word. */
function surnamesWithAge(doc: TextDoc): ReadonlySet<string> {
  const out = new Set<string>();
  for (const s of doc.sentences)
    for (const span of s.spans)
      if (/^,\s+\d{1,3}\s*(?:[,;:–—]|-\s|who\b|was\b|is\b)/.test(s.text.slice(span.end)))
        out.add(span.tokens[span.tokens.length - 1]!.text.toLowerCase());
  return out;
}

function candidateOf(
  span: Span,
  sentence: string,
  people: People,
  namedAfterPeople: ReadonlySet<string>,
  aged: ReadonlySet<string>,
  bodies: ReadonlySet<string>,
  titledWords: ReadonlySet<string>,
): Found | null {
  const parts = splitTitle(span);
  let tokens: string[];
  let evidence = 0;
  let business = false;
  let start = span.start;
  let end = span.end;
  if (parts.role) {
    // "InfoNation President Dan McDowell": the business is what stands before a corporate role.
    if (!parts.org || !CORPORATE_ROLES.test(parts.role) || isPartOfTitle(parts.org)) return null;
    tokens = parts.org.split(/\s+/);
    end = span.start + parts.org.length;
    evidence += 2;
    business = true;
  } else {
    // "Procter & Gamble": the "&" the tokenizer leaves out is part of the name.
    tokens = sentence.slice(span.start, span.end).includes(' & ')
      ? sentence.slice(span.start, span.end).split(/\s+/)
      : span.tokens.map((t) => t.text);
    // "Jo Reyes, Zorblax Space Systems CEO and founder": the business is what stands before the role.
    const role = tokens[tokens.length - 1]!;
    if (tokens.length > 1 && /^\p{Lu}{3}$/u.test(role) && CORPORATE_ROLES.test(role)) {
      tokens = tokens.slice(0, -1);
      end = span.start + sentence.slice(span.start, span.end).lastIndexOf(role) - 1;
      evidence += 2;
      business = true;
    }
  }
  if ((tokens[0] && /^the$/i.test(tokens[0])) || opensWithAdverb(span, tokens)) {
    tokens = tokens.slice(1);
    start = sentence.indexOf(tokens[0] ?? '', start);
  }
  const before = sentence.slice(Math.max(0, start - CUE_BEFORE_CHARS), start);
  const after = sentence.slice(end, end + CUE_AFTER_CHARS);
  // "vice president of Quibble Programs at Zorblax": the role is at the business after "at"; the
  // name between is a part of it.
  const employer =
    (ROLE_AT_BEFORE.test(before) || WORKS_AT_BEFORE.test(before) || ROLE_BETWEEN_COMMAS_BEFORE.test(before)) &&
    !/^,?\s+at\s+(?:the\s+)?\p{Lu}/u.test(after);
  if (tokens.length === 0 || aged.has(tokens[tokens.length - 1]!.toLowerCase()) || bodies.has(tokens.join(' ')))
    return null;
  // "equity strategist at Miller Tabak" is a business whatever given name it starts with; "the
  // staff of Dan Reyes" work for a person, unless the name is a known business.
  const employerFirst =
    employer && (/\b(?:at|with|from)\s+(?:the\s+)?$/i.test(before) || lookupKnownName(tokens.join(' ')) !== null);
  // "Slack's Senior Content Director": a role's title after it makes even an ordinary word, written
  // with a capital inside the sentence, a business's name, there and wherever else it is so written.
  const titled = titleFollows(sentence, span);
  const named = titled || (!span.tokens[0]!.initial && titledWords.has(tokens.join(' ')));
  if (!plausible(tokens, people, employerFirst, namedAfterPeople, named)) return null;

  const text = tokens.join(' ');
  const last = tokens[tokens.length - 1]!;
  const before0 = evidence;
  if ((LEGAL_SUFFIXES.has(last) && tokens.length > 1) || LEGAL_SUFFIX_AFTER.test(after)) evidence += 3;
  else if (COMPANY_HEADS.has(headOf(tokens)) && tokens.length > 1 && !ofPlace(tokens)) evidence += headEvidence(tokens);
  else if (isLocality(after) || isStateAfterTown(tokens, before)) return null;
  if (isKnownOrganization(text)) evidence += 2;
  if (COMPANY_CUE_BEFORE.test(before) || employer) evidence += 2;
  else if (COMPANY_APPOSED_TO.test(before) && /^(?:[,;]|[.!?]?$)/.test(after)) evidence += 2;
  business ||= evidence > before0;
  if (COMPANY_CUE_AFTER.test(after) || titled) {
    evidence += 2;
    business ||= !PRODUCT_USE_AFTER.test(after);
  } else if (CORPORATE_ACT_AFTER.test(after)) evidence += 1;
  // The first noun of an apposition says what the name is: "X, the regulator that oversees the company".
  // "With the Zorblax Pad, the company…": the comma closes a phrase that opens the sentence, and
  // the noun after it is the sentence's subject, not the name's apposition.
  const opening = OPENING_PHRASE.test(sentence.slice(0, start));
  const asBusiness = (!opening && COMPANY_APPOSITION.exec(after)?.[0].length) || Infinity;
  const asBody = (!opening && BODY_APPOSITION.exec(after)?.[0].length) || Infinity;
  if (asBody < asBusiness) return null;
  if (asBusiness < Infinity) evidence += 3;
  if (/^-(?:backed|owned|funded|made)\b/.test(sentence.slice(end))) evidence += 2;
  business ||= asBusiness < Infinity || /^-(?:backed|owned|funded)\b/.test(sentence.slice(end));
  const knownName = lookupKnownName(text);
  if (tokens.some((t) => NON_COMPANY_WORDS_UNLESS_KNOWN.has(t)) && !outweighsDenyWord(knownName, evidence)) return null;
  const known = knownName?.ambiguous === false;
  // A known name that is no ordinary word, or a word no ordinary word is shaped like ("PG&E",
  // "SoftBank", "eBay"), owes its capital to itself, not to opening the sentence.
  const ownCapital = known || !/^\p{Lu}\p{Ll}*$/u.test(tokens[0]!);
  return {
    text,
    written: /\bthe\s+$/i.test(sentence.slice(Math.max(0, start - 4), start)) ? `the ${text}` : text,
    tokens,
    evidence,
    known,
    business,
    anchored: ownCapital || tokens.length > 1 || !span.tokens[0]!.initial || evidence >= STRONG_EVIDENCE,
  };
}

/**
 * "Eventually T-Mobile expanded…": an adverb opening the sentence takes a capital, and the
 * tokenizer, which does not know every adverb, joins it to the known name after it.
 */
function opensWithAdverb(span: Span, tokens: string[]): boolean {
  return (
    tokens.length > 1 &&
    span.tokens[0]!.initial &&
    /^\p{Lu}\p{Ll}{3,}ly$/u.test(tokens[0]!) &&
    lookupKnownName(tokens.join(' ')) === null &&
    lookupKnownName(tokens.slice(1).join(' ')) !== null
  );
}

/**
 * "Quibble's Senior Content Director Jo Reyes", "Embattled Chief of Staff Jo Reyes": ordinary words
 * or a participle before a role are part of its title, unless they end in a business head or the
 * gazetteer knows them ("General Electric").
 */
function isPartOfTitle(words: string): boolean {
  const tokens = words.split(/\s+/);
  const ordinary = (t: string) => isCommonWord(t) || /^\p{Lu}\p{Ll}{4,}ed$/u.test(t);
  return tokens.every(ordinary) && !COMPANY_HEADS.has(tokens[tokens.length - 1]!) && lookupKnownName(words) === null;
}

/** The word a name is named for: its last, or the one before "of" ("Bank of Zorblax", "Handbook of Quibble Systems"). */
function headOf(tokens: string[]): string {
  const of = tokens.indexOf('of');
  return tokens[of > 0 ? of - 1 : tokens.length - 1]!;
}

/**
 * "Bank of Zorbia", "Port of Quibbleton": a head of a place is as often that place's public body (its
 * central bank, its port authority) as a business, so the head alone vouches for neither.
 */
function ofPlace(tokens: string[]): boolean {
  const of = tokens.indexOf('of');
  return of > 0 && namesPlace(tokens.slice(of + 1).filter((t) => t !== 'the'));
}

/**
 * A business head makes a name a business's when a word before it is a name: "Zorblax Energy".
 * Ordinary words before it ("Overnight Energy", "Global Partners") are as often a column's title or
 * a generic phrase as a business: half a cue, unless the gazetteer knows the name.
 */
function headEvidence(tokens: string[]): number {
  const head = headOf(tokens);
  const named = tokens.some((t) => t !== head && !isCommonWord(t) && !LEGAL_SUFFIXES.has(t));
  return named || lookupKnownName(tokens.join(' ')) !== null ? 2 : 1;
}

/**
 * A word such as "Union", "Games" or "Street" mostly names a public body, an event or a place, but
 * a business the gazetteer knows may hold one (Western Union, Epic Games, Wall Street Journal).
 * A known name that is also an ordinary word ("Square") needs a company cue as well.
 */
function outweighsDenyWord(known: KnownName | null, evidence: number): boolean {
  return known !== null && (!known.ambiguous || evidence >= MIN_EVIDENCE);
}

/** "Louisville, Colorado", "Quibble Butte, CO": a name followed by a state or country is a town. */
function isLocality(after: string): boolean {
  const place = /^,\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)/u.exec(after)?.[1];
  return (
    place !== undefined && (namesPlace(place.split(' ')) || (isStateCode(place) && /^,\s+\p{Lu}{2}\b/u.test(after)))
  );
}

/** "Inner Mongolia", "Northern Ireland", "the West Bank": a part of a place, or a region named by its side. */
function isPartOfPlace(tokens: string[]): boolean {
  if (tokens.length < 2 || !PLACE_QUALIFIERS.has(tokens[0]!)) return false;
  const rest = tokens.slice(1);
  return (rest.length === 1 && LANDFORMS.has(rest[0]!)) || namesPlace(rest);
}

/** "Atlanta, GA", "Quibble Butte, CO": a state's code after a name and a comma is the town's state. */
function isStateAfterTown(tokens: string[], before: string): boolean {
  if (tokens.length !== 1 || !/^\p{Lu}{2}$/u.test(tokens[0]!)) return false;
  const town = /(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?),\s+$/u.exec(before)?.[1];
  return town !== undefined && (isStateCode(tokens[0]!) || namesPlace(town.split(' ')));
}

/** Words that name a place, as one name ("New Mexico") or each a place ("Colorado Springs"). */
function namesPlace(words: string[]): boolean {
  return isPlaceWord(words.join(' ')) || words.every(isPlaceWord);
}

/**
 * "Joint Chiefs of Staff", "Quibble Commissioners": a name for holders of an office is a body of
 * people, not a business, unless its head is one a business takes ("Zorblax Partners").
 */
function namesOfficeHolders(tokens: string[]): boolean {
  const head = headOf(tokens);
  return tokens.length > 1 && !COMPANY_HEADS.has(head) && /\p{Ll}s$/u.test(head) && isRoleWord(head.slice(0, -1));
}

/** Rules out people, places, governments, agencies and ordinary words before any evidence is weighed. */
function plausible(
  tokens: string[],
  people: People,
  employer: boolean,
  namedAfterPeople: ReadonlySet<string>,
  named: boolean,
): boolean {
  const text = tokens.join(' ');
  if (tokens.some((t) => AGENCY_ACRONYMS.has(t)) || isNotCompany(text) || PUBLIC_DOMAIN.test(text)) return false;
  if (ADHERENTS.test(text)) return false;
  if (
    tokens.every((t) => NEVER_NAMES.has(t) || LEGAL_SUFFIXES.has(t) || isPlaceWord(t) || isRoleWord(t)) ||
    isPlaceWord(text) ||
    isPartOfPlace(tokens)
  )
    return false;
  if (tokens.length === 1 && isCommonWord(tokens[0]!) && !isKnownOrganization(tokens[0]!) && !named) return false;
  // "5G", "4K", "3D": a number and a capital name a technology's generation or a format.
  if (/^\p{N}+\p{Lu}$/u.test(text)) return false;
  if (namesOfficeHolders(tokens)) return false;
  const person = resolvePerson(people, text);
  if (person && !namedAfterPeople.has(person)) return false;
  if (!employer && !namedAfterPeople.has(text) && looksLikePersonName(tokens)) return false;
  if (tokens.length === 1 && isFirstName(tokens[0]!) && !isKnownOrganization(tokens[0]!)) return false;
  return /\p{L}/u.test(text);
}

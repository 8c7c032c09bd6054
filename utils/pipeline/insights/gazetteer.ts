import companies from '../vocabulary/gazetteer/companies.json';
import notCompanies from '../vocabulary/gazetteer/not-companies.json';
import { ORG_WORDS } from '../vocabulary';

/**
 * Known company and brand names (generated from packages: see vocabulary/gazetteer/SOURCES.md),
 * and names known not to be businesses. Matching is case-sensitive, tolerant of a possessive
 * ("Walmart's"), of "&" written "and" or left out ("Procter and Gamble", and the "Procter Gamble"
 * the tokenizer leaves of "Procter & Gamble"), and of ’ for '.
 */

/** A known name: the company it names, and whether it is also an ordinary word (then it counts only with a company cue). */
export interface KnownName {
  canonical: string;
  ambiguous: boolean;
}

/** A known name found in a token sequence. */
export interface NameMatch extends KnownName {
  /** Index of its first token. */
  start: number;
  /** How many tokens it spans ("and" between its words included). */
  length: number;
}

export interface Gazetteer {
  /** The longest known name that starts at tokens[start], or null. */
  matchAt(tokens: readonly string[], start?: number): NameMatch | null;
  /** Every known name in the tokens, longest first at each place, left to right, none overlapping. */
  findAll(tokens: readonly string[]): NameMatch[];
  /** The company a whole name string names ("Walt Disney Co.", "Procter and Gamble's"), or null. */
  lookup(name: string): KnownName | null;
}

/** The connector between words of a name: "&", also written "and". */
const CONNECTOR = '&';
const isConnector = (token: string) => token === '&' || token === 'and' || token === 'And';

/** One token as compared: curly apostrophe made straight, possessive and a final comma dropped. */
function normToken(token: string): string {
  if (!/[’',;:]/.test(token)) return token;
  return token
    .replace(/’/g, "'")
    .replace(/[,;:]$/, '')
    .replace(/'s$|(?<=s)'$/, '');
}

/** A name string as tokens to compare: "Procter & Gamble" -> ["Procter", "&", "Gamble"]. */
function nameTokens(name: string): string[] {
  return name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((t, i) => (i > 0 && isConnector(t) ? CONNECTOR : normToken(t)))
    .filter(Boolean);
}

/** Initials written with full stops, as some papers do, read as the name: "I.B.M." -> "IBM", "A.T. & T." -> "AT&T". */
function undot(name: string): string {
  return /^(?:\p{Lu}\.\s*(?:&\s*)?)+$/u.test(name) ? name.replace(/[.\s]/g, '') : name;
}

interface Candidate extends KnownName {
  /** The name's tokens after the first. */
  rest: string[];
}

/** Legal forms a name string may end with ("Walt Disney Co."); the lists hold names without them. */
const LEGAL_SUFFIX =
  /(?:,?\s+(?:Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|LLC|L\.L\.C|PLC|Plc|plc|AG|SA|S\.A|NV|N\.V|SE|GmbH|AB|ASA|SpA|S\.p\.A|Pty|LP|LLP|Group|Holdings|Holding)\.?)+$/;

/**
 * A gazetteer over entries written as in companies.json: "Canonical|Alias|…", a `~` before a
 * name marking it ambiguous.
 */
export function createGazetteer(entries: readonly string[]): Gazetteer {
  const byFirst = new Map<string, Candidate[]>();
  const seen = new Set<string>();
  for (const entry of entries) {
    const forms = entry.split('|');
    const canonical = forms[0]!.replace(/^~/, '');
    for (const form of forms) {
      const ambiguous = form.startsWith('~');
      const text = ambiguous ? form.slice(1) : form;
      // Most names are one word: no splitting needed.
      const tokens = text.includes(' ') ? nameTokens(text) : [normToken(text)];
      const first = tokens[0];
      const key = tokens.join(' ');
      // The first entry for a form wins.
      if (first === undefined || seen.has(key)) continue;
      seen.add(key);
      const candidate = { canonical, ambiguous, rest: tokens.slice(1) };
      const list = byFirst.get(first);
      if (list) list.push(candidate);
      else byFirst.set(first, [candidate]);
    }
  }
  for (const list of byFirst.values()) if (list.length > 1) list.sort((a, b) => b.rest.length - a.rest.length);

  /** Tokens taken by `c` from tokens[start + 1], or -1 when it does not match there. */
  function fit(c: Candidate, tokens: readonly string[], start: number): number {
    let i = start + 1;
    for (const want of c.rest) {
      if (want === CONNECTOR) {
        if (i < tokens.length && isConnector(tokens[i]!)) i++;
        continue;
      }
      if (i >= tokens.length || normToken(tokens[i]!) !== want) return -1;
      i++;
    }
    return i - start;
  }

  function matchAt(tokens: readonly string[], start = 0): NameMatch | null {
    const first = tokens[start];
    if (first === undefined) return null;
    const list = byFirst.get(normToken(first));
    if (!list) return null;
    let best: NameMatch | null = null;
    for (const c of list) {
      const length = fit(c, tokens, start);
      if (length > 0 && (!best || length > best.length))
        best = { canonical: c.canonical, ambiguous: c.ambiguous, start, length };
    }
    return best;
  }

  function findAll(tokens: readonly string[]): NameMatch[] {
    const found: NameMatch[] = [];
    for (let i = 0; i < tokens.length;) {
      const m = matchAt(tokens, i);
      if (m) found.push(m);
      i += m ? m.length : 1;
    }
    return found;
  }

  function whole(text: string): KnownName | null {
    const tokens = nameTokens(text.replace(/[.,;:!?]+$/, ''));
    const m = matchAt(tokens);
    return m && m.length === tokens.length ? { canonical: m.canonical, ambiguous: m.ambiguous } : null;
  }

  function lookup(name: string): KnownName | null {
    const bare = undot(name.trim().replace(/^the\s+/i, ''));
    return whole(bare) ?? (LEGAL_SUFFIX.test(bare) ? whole(bare.replace(LEGAL_SUFFIX, '')) : null);
  }

  return { matchAt, findAll, lookup };
}

const GAZETTEER = createGazetteer(companies.names);

/** The longest known company name starting at tokens[start] (token texts, as the tokenizer gives them). */
export const matchKnownName = (tokens: readonly string[], start = 0): NameMatch | null =>
  GAZETTEER.matchAt(tokens, start);
/** Every known company name in a token sequence, left to right. */
export const findKnownNames = (tokens: readonly string[]): NameMatch[] => GAZETTEER.findAll(tokens);
/** The company a whole name string names: "Disney" -> Walt Disney (when listed so), or null. */
export const lookupKnownName = (name: string): KnownName | null => GAZETTEER.lookup(name);

const NOT_COMPANY_NAMES = new Set<string>();
for (const [key, list] of Object.entries(notCompanies)) {
  if (key === 'about' || key === 'stateCodes' || !Array.isArray(list)) continue;
  for (const name of list) NOT_COMPANY_NAMES.add(nameTokens(name).join(' '));
}

const STATE_CODES: ReadonlySet<string> = new Set(notCompanies.stateCodes);
/** A US state's two-letter code ("CO"): after a town it names the state, though alone it may be a business's initials ("DC"). */
export const isStateCode = (word: string): boolean => STATE_CODES.has(word);

const NOT_COMPANY_WORDS = new Set(ORG_WORDS.nonCompanyWords.anyName);

/**
 * True for a name known not to be a business: a place, a famous person, a government body,
 * regulator, programme, court, university, NGO, union or exchange ("Medicaid", "SEC", "New
 * York", "Harvard University"), or any name holding a word such as "University" or "Ministry".
 */
export function isNotCompany(name: string): boolean {
  const tokens = nameTokens(name.replace(/[.,;:!?]+$/, '').replace(/^the\s+/i, ''));
  if (tokens.length === 0) return false;
  if (NOT_COMPANY_NAMES.has(tokens.join(' '))) return true;
  return tokens.some((t) => NOT_COMPANY_WORDS.has(t));
}

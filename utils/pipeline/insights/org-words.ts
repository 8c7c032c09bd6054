/**
 * What tells businesses from the other organisations and names news prose mentions: the word
 * lists (from the vocabulary, as sets) and the cues around a name.
 */
import { ORG_WORDS, ROLE_WORDS } from '../vocabulary';
import { BUSINESS_ROLES } from '../text/roles';
import { anyOf } from '../text/pattern';

export const LEGAL_SUFFIXES: ReadonlySet<string> = new Set(ORG_WORDS.legalSuffixes);
export const DROPPED_SUFFIXES: ReadonlySet<string> = new Set(ORG_WORDS.droppedSuffixes);
export const COMPANY_HEADS: ReadonlySet<string> = new Set(ORG_WORDS.companyHeads);
/** Every word that makes a name a body, place or event; a name the gazetteer knows outweighs the `unlessKnown` ones. */
export const NON_COMPANY_WORDS: ReadonlySet<string> = new Set([
  ...ORG_WORDS.nonCompanyWords.anyName,
  ...ORG_WORDS.nonCompanyWords.unlessKnown,
]);
/** Words a name the gazetteer knows outweighs: "Union" of Western Union. */
export const NON_COMPANY_WORDS_UNLESS_KNOWN: ReadonlySet<string> = new Set(ORG_WORDS.nonCompanyWords.unlessKnown);
export const AGENCY_ACRONYMS: ReadonlySet<string> = new Set(ORG_WORDS.agencyAcronyms);
export const NEVER_NAMES: ReadonlySet<string> = new Set(ORG_WORDS.neverNames);
export const PLACE_QUALIFIERS: ReadonlySet<string> = new Set(ORG_WORDS.placeQualifiers);
export const LANDFORMS: ReadonlySet<string> = new Set(ORG_WORDS.landforms);

/** A business noun, singular or plural: "company", "companies", "chipmakers". */
const BUSINESS_NOUN = anyOf(ORG_WORDS.businessNouns.flatMap((w) => [plural(w), w]));

function plural(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return /(?:s|sh|ch|x)$/.test(noun) ? `${noun}es` : `${noun}s`;
}
/**
 * Nouns that, just before a name, say it is a business: "rival Lowe's", "beauty company Coty",
 * "Minecraft developer Mojang", "shares of Apple"; and where a thing is sold: "$700 at Amazon",
 * "Get it on Amazon", "See it now: Amazon", "available at Walmart".
 */
export const COMPANY_CUE_BEFORE = new RegExp(
  `(?:\\b(?:shares? of|(?:share|stock)holders of|stock of|stake in|investments? in|invest(?:ed|ing)? in|acquir(?:e|ed|es|ing)|acquisition of|buyout of|purchase of|bought|buy(?:ing)?|takeover of|merger with|merged with|partner(?:ed|ship|ing)? with|collaboration with|deal with|agreement with|contract with|offer from|lawsuit (?:with|against)|spun off from|subsidiary of|unit of|owned by|owner of|backed by|analysts? (?:at|from|with)|surveyed by|polled by|rivals?|competitors?|peers?|${BUSINESS_NOUN})|[\\p{L}\\p{N}]-(?:owned|backed|controlled|listed)|[$€£]\\d[\\d,.]*\\s+(?:at|from|via)|\\b(?:get|buy|order|see|shop)\\s+(?:it|them|one)(?:\\s+by itself)?(?:\\s+now)?(?:\\s+(?:on|at|from))?|\\b(?:available|sold|on sale|in stock)\\s+(?:at|from))(?:\\s*[:—–]\\s*|\\s+)(?:like\\s+|such as\\s+|including\\s+)?$`,
  'iu',
);

/**
 * A name set after a business, a rival or a place of business, between commas or closing the
 * sentence: "its supplier, Foxconn,", "the restaurant, Quibble Chicken,", "a European competitor,
 * Quibblespace.". What closes the name is checked after it.
 */
export const COMPANY_APPOSED_TO = new RegExp(
  `\\b(?:the|a|an|its|their|his|her|one)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${BUSINESS_NOUN}|${anyOf(ORG_WORDS.shopNouns)}|rivals?|competitors?),\\s+$`,
  'iu',
);

/**
 * "Zorblax Stations, Inc.": a legal form the tokenizer leaves apart after a comma. Not the
 * two-capital forms ("AG", "SA", "AB"), which after a comma are as often a state or a title.
 */
export const LEGAL_SUFFIX_AFTER = new RegExp(
  `^,\\s+${anyOf(ORG_WORDS.droppedSuffixes.filter((s) => !/^\p{Lu}{2}$/u.test(s)))}(?![\\p{L}])`,
  'u',
);

/** "who works at Linden Garage", "was employed by Acme": where someone works is a business or a body. */
export const WORKS_AT_BEFORE = /\b(?:works?|worked|working|employed|employee)\s+(?:at|for|by)\s+(?:the\s+)?$/i;

/** "…, an equity strategist at Miller Tabak", "chief executive of Salesforce". */
export const ROLE_AT_BEFORE = new RegExp(
  `\\b${anyOf(BUSINESS_ROLES)}s?\\s+(?:at|of|for|with|from)\\s+(?:the\\s+)?$`,
  'i',
);

/** "Jo Reyes, president and CEO, Zorblax Bank": a list's line of a person, a role and where it is held. */
export const ROLE_BETWEEN_COMMAS_BEFORE = new RegExp(
  `\\p{L},\\s+(?:[\\p{L}-]+\\s+){0,4}${anyOf(ROLE_WORDS.corporate)},\\s+$`,
  'iu',
);

/**
 * What follows a business's name: "Apple shares", "Ant said in a statement", "Salesforce founder",
 * its portfolio when owned ("Siemens's portfolio"; a patent portfolio may have a name of its own).
 */
export const COMPANY_CUE_AFTER = new RegExp(
  `^(?:['’]s?)?\\s+(?:shares?|stock|stocks|share price|stake|earnings|revenue|sales|profits?|quarterly|results|${anyOf(ROLE_WORDS.corporate)}s?|employees|customers|subscribers|users|accounts|shareholders|investors|headquarters|ticker|app|apps|platform|products|stores|devices|software|service|unit|subsidiary|(?:is|was) (?:a|an|the) (?:\\w+\\s+){0,3}${BUSINESS_NOUN})\\b|^['’]s?\\s+portfolio\\b|^\\s*\\((?:NYSE|NASDAQ|Nasdaq|LSE|TSE|HKEX|ticker|NYSEARCA|OTC)\\b`,
  'i',
);

/** A role as a title writes it: "Director", "CEO". */
function asTitle(role: string): string {
  return role.length <= 3 ? role.toUpperCase() : role[0]!.toUpperCase() + role.slice(1);
}

/**
 * "Quibble's Senior Content Director Jo Reyes": a title in capitals, its role set apart from the
 * possessive by the words before it. A person's aide ("Reyes's campaign manager") has no capitals.
 */
export const TITLED_ROLE_AFTER = new RegExp(
  `^['’]s?\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){1,3}${anyOf(ROLE_WORDS.corporate.map(asTitle))}\\b`,
  'u',
);

/**
 * The company cues after a name that a product takes too: "the Zorblax TV app", "Zorblax Pad
 * users", "Zorblax Cloud customers". They say the name is sold, not that it is a business.
 */
export const PRODUCT_USE_AFTER =
  /^(?:['’]s?)?\s+(?:app|apps|platform|products|devices|software|service|users|subscribers|customers|accounts)\b/i;

/**
 * What businesses do, right after their name: "Apple shipped", "Zeiss has partnered", "Rakuten is offering". Weaker
 * evidence than a cue above: people do some of these too.
 */
export const CORPORATE_ACT_AFTER =
  /^(?:['’]s?)?\s+(?:(?:has|have|had|also|will|is|was)\s+)?(?:(?:now|currently)\s+)?(?:offers|offering|shipped|ships|unveiled|unveils|announced|announces|launched|launches|acquired|acquires|bought|sells|sold|employs|hired|laid off|went public|listed|partnered|manufactures|makes|reported (?:\w+\s+)?(?:earnings|revenue|profit|sales|results)|reports (?:earnings|results)|posted|rebuffed|canceled|cancelled|delisted|filed for)\b/i;

/**
 * A verb ends an apposition: in "As with the Zorblax QX, the new model has both the brand's…"
 * the clause after the comma says what the model has, not what the name is.
 */
const APPOSITION_ENDS = '(?:is|was|are|were|has|have|had|will|would|can|could|does|did)';

/** "InfoNation, a Sugar Land-based provider of automobile data". */
export const COMPANY_APPOSITION = new RegExp(
  `^,\\s+(?:a|an|the)\\s+(?:(?:(?!\\b${APPOSITION_ENDS}\\b)[^,]){0,60}?\\s)?${BUSINESS_NOUN}\\b`,
  'i',
);

/**
 * "Zorblax Resolve, the military operation against…", "Quibble, a nonprofit that…": a name set
 * beside what a body, an operation or a place is called, which no business cue outweighs.
 */
export const BODY_APPOSITION = new RegExp(
  `^,\\s+(?:a|an|the)\\s+(?:[^,]{0,40}?\\s)?${anyOf(ORG_WORDS.bodyNouns.flatMap((w) => [plural(w), w]))}\\b`,
  'iu',
);

const BODY_KIND = anyOf(ORG_WORDS.bodyKinds.flatMap((w) => [plural(w), w]));
/** "the liberal watchdog group X": the kind of body named just before the name. */
export const BODY_KIND_BEFORE = new RegExp(`\\b${BODY_KIND}\\s+$`, 'iu');
/**
 * "X think tank", "X and Y Forum think tank": the kind named just after the name, or after the
 * rest of a name its "and" split.
 */
export const BODY_KIND_AFTER = new RegExp(`^(?:\\s+(?:and|&)(?:\\s+\\p{Lu}[\\p{L}.'’-]*)+)?\\s+${BODY_KIND}\\b`, 'u');
/** "Quibbleers", "Zorbsceptics": one capitalised word for a cause's adherents, people rather than an organisation. */
export const ADHERENTS = new RegExp(`^\\p{Lu}\\p{Ll}+${anyOf(ORG_WORDS.adherentEndings)}$`, 'u');
/** "Quibble.gov": a site on a domain only public bodies hold. */
export const PUBLIC_DOMAIN = new RegExp(`\\.${anyOf(ORG_WORDS.publicDomains)}$`, 'i');

/** Roles that, before a person's name, make the words before them a business: "InfoNation President Dan McDowell". */
export const CORPORATE_ROLES = new RegExp(`^${anyOf(ROLE_WORDS.corporate)}\\b`, 'i');

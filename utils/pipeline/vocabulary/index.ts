/*
 * The pipeline's word knowledge, kept as data so each list is written once and can be read
 * and extended without touching the rules that use it. Patterns built from the lists stay in
 * the code that uses them.
 */
import abbreviations from './abbreviations.json';
import adAttributes from './ad-attributes.json';
import claimCues from './claim-cues.json';
import classWords from './class-words.json';
import creditWords from './credit-words.json';
import functionWords from './function-words.json';
import honorifics from './honorifics.json';
import orgWords from './org-words.json';
import photoAgencies from './photo-agencies.json';
import pressRoles from './press-roles.json';
import referenceWords from './reference-words.json';
import reportingVerbs from './reporting-verbs.json';
import roleWords from './role-words.json';
import shareTargets from './share-targets.json';

type Words = readonly string[];

/** Abbreviations, lower case and without their last full stop ("u.s" for "U.S."). */
export const ABBREVIATIONS: {
  /** Every abbreviation after which a full stop need not end the sentence. */
  all: Words;
  /** Legal forms and generational suffixes, which may end a sentence: "…Technologies Co. Supporters of…". */
  legalForms: Words;
  /** Those whose full stop a word keeps when split into tokens ("Inc.", "Mr.", "U.S."). */
  keptWithWord: Words;
} = abbreviations;

/** "Mr", "Dr", "Dame": words before a name that say it is a person's. Lower case. */
export const HONORIFICS: Words = honorifics;

export const ROLE_WORDS: {
  /** Job titles and offices, lower case: "spokesman", "secretary", "ceo". */
  roles: Words;
  /** The roles a business's people hold: before a name they make the words before them a business. */
  corporate: Words;
  /** Other words for a business's people: "a researcher at X", "X Inc. Senior Director". */
  workforce: Words;
  /** Kinds of people, not offices, an apposition may name: "Jane Doe, a mother of two". */
  relations: Words;
  /** The noun a short title stands for: "Sen. Doe" is later "the senator". */
  spelledOut: Readonly<Record<string, string>>;
} = roleWords;

export const REPORTING_VERBS: {
  /** Verbs and phrases that attribute speech or writing, in the forms news prose uses. */
  all: Words;
  /** Those whose object is who was spoken to, not who spoke: "told Reuters", "asked Cook". */
  toListener: Words;
  /** Forms that are as often plural nouns ("phone calls", "the United States"): weak evidence alone. */
  alsoNouns: Words;
} = reportingVerbs;

/**
 * How an article refers back to someone it has named. Lower case; gendered words include
 * pronouns, honorifics and gendered roles.
 */
export const REFERENCE_WORDS: {
  male: Words;
  female: Words;
  /**
   * Singular nouns that, after "the", stand for an organisation of any kind named before, public
   * bodies included: "the agency", "the board". For a business, ORG_WORDS.businessNouns.
   */
  bodyNouns: Words;
  /**
   * Nouns for a body of people that a country's or organisation's name before them only
   * qualifies: "the Ruritanian army said", "Globex officials said". Lower case.
   */
  bodyHeads: Words;
  /** Singular nouns that, after "the" or "a", stand for a person of an organisation: "the spokeswoman said". */
  personNouns: Words;
  /**
   * Kinds of people news prose mostly leaves unnamed ("the man", "the patient", "a source"):
   * such a noun, unless the article gave it to someone it names, stands for no one it names.
   */
  anonymousNouns: Words;
  /**
   * Who speaks for the person or organisation named after them or before them: "a spokeswoman
   * for Globex", "Globex's spokesman", "on behalf of". Other people named so ("a lawyer for
   * Reyes", "Reyes's lawyer") speak for themselves, never in their client's name.
   */
  speaksFor: Words;
  /**
   * What an organisation or person issues in writing, whose words news prose quotes as its
   * issuer's: "the statement said", "a release from X". Singular.
   */
  documentNouns: Words;
} = referenceWords;

/** Words a capital at the start of a sentence says nothing about ("However", "The"). Lower case. */
export const FUNCTION_WORDS: Words = functionWords;

/** Word lists that tell businesses from the other organisations and names news prose mentions. */
export const ORG_WORDS: {
  /** Legal forms: a name ending in one of these is a business. */
  legalSuffixes: Words;
  /** Suffixes dropped from the name shown to the reader ("Huawei Technologies Co." -> "Huawei Technologies"). */
  droppedSuffixes: Words;
  /** Last words typical of business names. */
  companyHeads: Words;
  /**
   * Words that make a name a government body, agency, school, party, place or event, not a
   * business, wherever they stand in it. The one deny-word list: the company finder and the
   * gazetteer generator (scripts/vocabulary/build-gazetteer.ts) both read it.
   */
  nonCompanyWords: {
    /** Never in a business's name, even one a brand list names: "University", "Ministry". */
    anyName: Words;
    /** Mostly not, yet some businesses' names hold them: "Union", "Games", "Street" (Western Union, Epic Games). A name the gazetteer knows wins. */
    unlessKnown: Words;
  };
  /** Government and international bodies usually named by initials. */
  agencyAcronyms: Words;
  /** Capitalised words that name no organisation: months, days, titles, demonyms, headings. */
  neverNames: Words;
  /** What news prose calls a business: "the company", "beauty brand Coty", "X, a provider of…". Singular. */
  businessNouns: Words;
  /** Places of business a name may stand in apposition to: "the restaurant, Quibble Chicken,". Singular. */
  shopNouns: Words;
  /** What news prose calls a body, an operation or a place a name stands in apposition to: "X, the military operation against…". Singular. */
  bodyNouns: Words;
  /** What a body is called right before or after its name, as a classifier: "watchdog group X", "X think tank". Singular. */
  bodyKinds: Words;
  /** How one-word plurals for a cause's adherents end ("Brexiteers", "Eurosceptics"): a word list may tag them organisations; they name people. */
  adherentEndings: Words;
  /** Top-level domains only public bodies and schools hold: a site "X.gov" is no business's. */
  publicDomains: Words;
  /** Words that, before a place, name a part of it: "Inner" Mongolia, "Northern" Ireland. */
  placeQualifiers: Words;
  /** What a qualifier alone names a region by: the "West Bank", the "East Coast". */
  landforms: Words;
} = orgWords;

/** Whole words of class names and ids that mark a box as clutter of one kind. Lower case. */
export const CLASS_WORDS: {
  /** What ad servers and CMSs call ad containers. */
  ad: Words;
  newsletter: Words;
  share: Words;
  /** What sites call boxes holding a score or a count ("gallery-count"): a bare number in one is not text. */
  counter: Words;
} = classWords;

/** The buttons of a share bar, as their labels read (networks, "email", "copy link"), and where a "follow us" line points. Lower case. */
export const SHARE_TARGETS: Words = shareTargets;

/** What a newsroom's people are, lower case: the author's note closing a story names one. */
export const PRESS_ROLES: Words = pressRoles;

/** Attributes ad servers give their slots. */
export const AD_ATTRIBUTES: Words = adAttributes;

/** The words a credit line opens with: "Photo credit:", "Image courtesy of", "Source:". Lower case. */
export const CREDIT_WORDS: {
  /** What is credited. */
  media: Words;
  /** The label of the credit. */
  credit: Words;
} = creditWords;

/** Photo agencies and picture desks as credit lines name them ("Reuters", "AFP via Getty Images"). */
export const PHOTO_AGENCIES: Words = photoAgencies;

/**
 * Cues the claim ranker's features test for (insights/claim-features.ts), one kind per list so
 * each gets its own fitted weight. Lower case; an entry may be a phrase.
 */
export const CLAIM_CUES: {
  spelledNumbers: Words;
  /** Currencies, amounts and the money words of business news. */
  moneyWords: Words;
  percentWords: Words;
  /** Days, months and the phrases that date an event ("last quarter", "earlier this"). */
  dateWords: Words;
  /** Verbs of rising and falling. */
  changeWords: Words;
  comparatives: Words;
  superlatives: Words;
  /** Verbs of something done: announced, acquired, ruled, voted. */
  actionVerbs: Words;
  /** Words that soften a statement: may, reportedly, expected to. */
  hedges: Words;
  /** The writer guessing rather than reporting: might, likely, perhaps, seems. */
  speculation: Words;
  /** Connectives of an argument being made rather than a fact reported: because, even, after all. */
  argumentWords: Words;
  /** Words of the writer's judgement: should, great, unfortunately. */
  opinionWords: Words;
  firstPerson: Words;
  secondPerson: Words;
  /** First words that point back or suppose ("He declined…", "If it can…"): not self-contained. */
  dependentStarts: Words;
} = claimCues;

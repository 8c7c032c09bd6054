import nlp from 'compromise/two';

/**
 * Word knowledge from compromise's lexicon (first names, places, role nouns, common words).
 * Only its word list is used: compromise's full tagger is far slower than the rules here need.
 */
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;

function tagsOf(word: string): string[] {
  const tag = LEXICON[word.toLowerCase()];
  return tag === undefined ? [] : Array.isArray(tag) ? tag : [tag];
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place', 'Demonym']);
const PROPER_TAGS = new Set([
  ...NAME_TAGS,
  ...PLACE_TAGS,
  'LastName',
  'Person',
  'Organization',
  'ProperNoun',
  'SportsTeam',
  'Actor',
]);

export const isFirstName = (word: string): boolean => tagsOf(word).some((t) => NAME_TAGS.has(t));
export const isPlaceWord = (word: string): boolean => tagsOf(word).some((t) => PLACE_TAGS.has(t));
export const isKnownOrganization = (word: string): boolean => tagsOf(word).includes('Organization');
/** A role noun: "president", "ceo", "secretary", "analyst". */
export const isRoleWord = (word: string): boolean =>
  tagsOf(word).includes('Actor') || ROLE_WORDS.has(word.toLowerCase());

/**
 * True for a capitalised word that is an ordinary English word: at the start of a sentence
 * its capital says nothing ("Earlier", "However", "Shares").
 */
export function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  if (tags.length === 0) return FUNCTION_WORDS.has(word.toLowerCase());
  return !tags.some((t) => PROPER_TAGS.has(t) && t !== 'Actor');
}

const FUNCTION_WORDS = new Set(
  'a an the this that these those it its he she they we i you his her their our my your in on at by for from with as of to and but or nor so yet if when while after before since because although though however meanwhile earlier later still also even just only then there here what which who whom whose where why how all some many most more much few several each every both either neither no not one two three four five six seven eight nine ten first last next new according despite instead now once other such than too very'.split(
    ' ',
  ),
);

/** Role words compromise does not tag as actors. */
const ROLE_WORDS = new Set(
  'ceo cfo coo cto chief executive officer president chairman chairwoman chair founder cofounder co-founder director manager head spokesman spokeswoman spokesperson analyst strategist economist editor secretary minister senator sen rep representative governor gov mayor administrator commissioner chancellor premier ambassador general gen attorney judge justice professor prof dr mr mrs ms sir lord lady dame king queen prince princess pope officer deputy vice senior principal partner lead researcher scientist engineer reporter correspondent columnist host anchor author writer producer coach captain player leader boss owner investor trader lawyer spokesperson adviser advisor consultant'.split(
    ' ',
  ),
);

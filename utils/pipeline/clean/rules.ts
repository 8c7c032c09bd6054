import type { BlockRule, CleanRule } from './rule';
import { adLabels, adSlots } from './ads';
import {
  alsoReadLines,
  breadcrumbs,
  headlineLinks,
  hoverCards,
  imageTeasers,
  linkRails,
  relatedBlocks,
} from './link-blocks';
import { commentPrompts, commerceBoxes, newsletterBoxes, promoLines, readerCalls, shareBars } from './boxes';
import { creditLines, datelines, endMatter, ownAddress, toolLabels } from './furniture';
import { repeatedBlocks, titleCopies } from './duplicates';
import { authorBios, trailingNotes } from './tail';
import { leadMeta } from './lead-meta';

/**
 * Every cleaning rule, in the order they are tried: an element goes by the first that claims it.
 * What the reader sees comes before what the markup is named: a "[Read: …]" line that a site
 * injects through its ad slots is counted as the link it is, not as an ad.
 */
export const RULES: readonly CleanRule[] = [
  alsoReadLines,
  adSlots,
  adLabels,
  relatedBlocks,
  newsletterBoxes,
  shareBars,
  commentPrompts,
  promoLines,
  readerCalls,
  commerceBoxes,
  datelines,
  creditLines,
  toolLabels,
  endMatter,
  ownAddress,
  linkRails,
  headlineLinks,
  breadcrumbs,
  imageTeasers,
  hoverCards,
];

/** The passes over leaf blocks, run in this order once the element rules are done. */
export const BLOCK_RULES: readonly BlockRule[] = [titleCopies, leadMeta, repeatedBlocks, trailingNotes, authorBios];

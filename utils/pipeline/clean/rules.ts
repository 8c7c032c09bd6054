import type { BlockRule, CleanRule } from './rule';
import { adLabels, adSlots } from './ads';
import { alsoReadLines, breadcrumbs, headlineLinks, imageTeasers, linkRails, relatedBlocks } from './link-blocks';
import { commentPrompts, newsletterBoxes, promoLines, shareBars } from './boxes';
import { creditLines, datelines, endMatter, ownAddress, toolLabels } from './furniture';
import { repeatedBlocks, titleCopies } from './duplicates';
import { trailingNotes } from './tail';

/** Every cleaning rule, in the order they are tried: an element goes by the first that claims it. */
export const RULES: readonly CleanRule[] = [
  adSlots,
  adLabels,
  alsoReadLines,
  relatedBlocks,
  newsletterBoxes,
  shareBars,
  commentPrompts,
  promoLines,
  datelines,
  creditLines,
  toolLabels,
  endMatter,
  ownAddress,
  linkRails,
  headlineLinks,
  breadcrumbs,
  imageTeasers,
];

/** The passes over leaf blocks, run in this order once the element rules are done. */
export const BLOCK_RULES: readonly BlockRule[] = [titleCopies, repeatedBlocks, trailingNotes];

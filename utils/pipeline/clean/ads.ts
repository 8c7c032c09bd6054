import type { CleanRule } from './rule';
import { isLabel } from './rule';
import { nameTokens } from '../page/dom';
import { AD_ATTRIBUTES, CLASS_WORDS } from '../vocabulary';

/** Matched as whole words of class names and ids, never substrings. */
const AD_WORDS = new Set(CLASS_WORDS.ad);

/** Markup ad servers give their slots. Attributes are read directly: a selector list per element is slow. */
const AD_ID = /^(?:div-gpt-ad|google_ads|taboola|outbrain)/;
const AD_ATTRS = new Set(AD_ATTRIBUTES);

function isAdMarkup(el: Element): boolean {
  const tag = el.tagName.toLowerCase();
  if (tag === 'amp-ad' || tag === 'amp-embed' || (tag === 'ins' && el.classList.contains('adsbygoogle'))) return true;
  if (el.id && AD_ID.test(el.id)) return true;
  return el.getAttributeNames().some((name) => AD_ATTRS.has(name));
}

/** Whole-text labels that only announce an ad or a break in the article around one. */
const AD_LABEL =
  /^(?:advertisement|advertising|advert|ad|ads|sponsored(?: content| links?| stories)?|paid (?:content|post|partner content)|promoted(?: content| stories)?|partner content|(?:story|article) continues (?:below|after)(?: (?:this |the )?(?:ad|advertisement))?|continue reading (?:below|the main story)|scroll (?:down )?to continue(?: reading)?|ad feedback|report (?:this )?ad|remove ads|close ad)[\s.:·|—–-]*$/i;

export const adSlots: CleanRule = {
  id: 'ad-slot',
  test(c) {
    if (c.proseChars > 200) return null;
    if (isAdMarkup(c.el)) return 'ad';
    if (nameTokens(c.el).some((t) => AD_WORDS.has(t))) return 'ad';
    return null;
  },
};

export const adLabels: CleanRule = {
  id: 'ad-label',
  test: (c) => (isLabel(c, AD_LABEL) ? 'ad' : null),
};

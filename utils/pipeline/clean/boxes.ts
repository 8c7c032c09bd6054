import type { CleanRule } from './rule';
import { isLabel } from './rule';
import { closestTag, hasBlockChild, isBlock, nameTokens } from '../page/dom';
import { CLASS_WORDS, SHARE_TARGETS } from '../vocabulary';
import { anyOf } from '../text/pattern';

/** Calls to sign up: imperative, about email or a newsletter. */
const NEWSLETTER =
  /\b(?:sign up|sign-up|subscribe|newsletters?|(?:in|to|meets?|hits?) your inbox|delivered to you|want more stories like this|we(?:'ll)? send (?:you )?an? (?:e-?mail|newsletter)|get (?:our|the) [\p{L} ]{0,30}(?:email|briefing|newsletter|alerts))\b/iu;

const CALL_LEAD = 60;

function hasForm(el: Element): boolean {
  return el.tagName === 'FORM' || ['form', 'input', 'button'].some((tag) => el.getElementsByTagName(tag).length > 0);
}

/** Subscription offers: a price per period, or the promise that leaving is easy. */
const OFFER =
  /\bcancel (?:at )?any ?time\b|\b\d+ issues for [$€£]|\bwe accept (?:all major )?(?:credit|debit|paypal|apple pay)|[$€£]\s?\d+(?:[.,]\d\d)?\s*(?:\/|per |a )\s*(?:month|mo|year|yr|week|wk)\b/i;

const NEWSLETTER_WORDS = new Set(CLASS_WORDS.newsletter);

export const newsletterBoxes: CleanRule = {
  id: 'newsletter-box',
  test(c) {
    if (c.proseChars > 200 || c.text.length > 500) return null;
    // Without a form, a call to sign up leads its line; prose may mention newsletters later on.
    const call = NEWSLETTER.exec(c.text);
    if (call && ((c.text.length < 200 && (call.index < CALL_LEAD || c.proseChars === 0)) || hasForm(c.el)))
      return 'newsletter';
    if (OFFER.test(c.text) && c.proseChars === 0) return 'newsletter';
    if (nameTokens(c.el).some((t) => NEWSLETTER_WORDS.has(t)) && c.text.length < 400) return 'newsletter';
    return null;
  },
};

const SHARE_TARGET = anyOf(SHARE_TARGETS);
/** "Share this story", "Follow us on Threads", "Facebook", "Facebook | X | Email | Share". */
const SHARE_LABEL = new RegExp(
  `^(?:share(?: this| the)?(?: story| article| post| page| on| via)?|share on \\p{L}+|follow us(?: on [\\p{L} ]+)?|tweet|copied|save|bookmark|${SHARE_TARGET}|(?:(?:${SHARE_TARGET}|share)\\s*[|·,]?\\s*){2,})[\\s:.]*$`,
  'iu',
);

const SHARE_WORDS = new Set(CLASS_WORDS.share);

/** A link or word with words of running text beside it: "the purchase of <a>Instagram</a> in 2012". */
function inSentence(el: Element): boolean {
  if (isBlock(el)) return false;
  return [el.previousSibling, el.nextSibling].some((n) => n?.nodeType === 3 && /\p{L}/u.test(n.textContent ?? ''));
}

export const shareBars: CleanRule = {
  id: 'share-bar',
  test(c) {
    if (isLabel(c, SHARE_LABEL, 120) && !inSentence(c.el)) return 'share';
    if (c.proseChars === 0 && c.text.length < 120 && nameTokens(c.el).some((t) => SHARE_WORDS.has(t))) return 'share';
    return null;
  },
};

const COMMENTS_LABEL =
  /^(?:comments?|\d+ comments?|view comments|show comments|load comments|add a comment|leave a comment|post a comment|be the first to comment|join the (?:conversation|discussion)|comments are closed|discuss|reader comments|have your say|tell us what you think|what do you think\??|(?:scroll down to )?(?:comment|leave a comment|join the (?:conversation|discussion)) below)[\s:.!]*$/i;

export const commentPrompts: CleanRule = {
  id: 'comment-prompt',
  test: (c) => (isLabel(c, COMMENTS_LABEL, 80) ? 'comments' : null),
};

/**
 * Lines a site inserts around the story that are neither article nor link rail: app and
 * print/reprint offers, gallery counters, "click here" teasers.
 */
const PROMO_LABEL =
  /^(?:continue reading|click here(?: to| for)?\b.*|download (?:the|our) app\b.*|get the app\b.*|for reprint(?:s| rights)\b.*|reprints?(?: & permissions)?|order reprints?|purchase licensing rights|(?:image|photo|slide|picture) \d+\s*(?:of|\/)\s*\d+|\d+\s*of\s*\d+|(?:photo |picture )?gallery\b.{0,100}?[|:·–—-]\s*\d+\s*(?:photos|images|pictures|slides)|\d+\s+(?:photos|images|pictures|slides)|\d+\s*\/\s*\d+|view (?:the )?(?:full )?gallery|see all photos|enlarge this image|toggle caption|hide caption|expand|listen to (?:this|the) (?:article|story)\b.*|\d+ min(?:ute)?s? (?:read|listen)|audio is not supported.*|your browser does not support.*|this (?:slideshow|video|gallery|content|feature|page) requires javascript|(?:this (?:web)?site|we) uses? cookies\b.*|\[(\w+)\b[^\]]*\].*\[\/\1\])[\s.:]*$/i;

/**
 * Lines that speak to the reader about the publication rather than the story: "Follow X on
 * Instagram and YouTube", "Follow our full coverage of X at ...", "Listen to X live at 9am",
 * "Like this story? Share it", "If you enjoyed this article, ...", a note on comment moderation.
 */
const READER_CALL = new RegExp(
  `^(?:follow\\s[^.!?]{1,60}?\\bon\\b[^.!?]{0,40}\\b${SHARE_TARGET}\\b|follow\\s(?:\\S+\\s){0,3}?(?:full |live |latest |all |more )?(?:coverage|updates)\\b|listen (?:to\\s[^.!?]{1,60}?\\b)?(?:live|podcast|radio|back)\\b|(?:like|liked|enjoy|enjoyed|love|loved) this (?:story|article|post|piece|content)\\?|if you (?:enjoyed|liked|value|valued|appreciate|appreciated) (?:this|our|reading)\\b|(?:note:\\s*)?we (?:are|'re) (?:\\S+\\s){0,2}?moderating (?:all )?comments)`,
  'iu',
);

/**
 * A sales pitch for the publication: what it sells (a subscription, a membership, issues
 * delivered), the offer (a price floor, a code, a trial) and the reader it speaks to. A story
 * about a streaming service's prices names the first two, not "you".
 */
const PITCH_PRODUCT =
  /\b(?:subscri\w+|membership|members get|join \p{Lu}{2,}\w*|premium|paywalls?|ad-free|delivered\b.{0,40}\bevery (?:day|week|month|morning))\b/iu;
const PITCH_OFFER =
  /\bfor as little as\b|\buse (?:the )?(?:promo |discount |coupon )?code\b|\bfree trial\b|\bno paywalls?\b|\bcancel (?:at )?any ?time\b|\b\d+ issues for\b/i;
const PITCH_READER = /^(?:get|join|subscribe|try|become|start|sign up)\b|\byour?\b/i;
const MAX_PITCH_CHARS = 600;

export const readerCalls: CleanRule = {
  id: 'reader-call',
  test(c) {
    if (c.text.length > MAX_PITCH_CHARS) return null;
    const kind =
      c.text.length <= 300 && READER_CALL.test(c.text)
        ? 'promo'
        : PITCH_PRODUCT.test(c.text) && PITCH_OFFER.test(c.text) && PITCH_READER.test(c.text)
          ? 'newsletter'
          : null;
    // The line itself, never a box whose first line it is; asked last, as it walks the subtree.
    return kind && !hasBlockChild(c.el) ? kind : null;
  },
};

/** A shop's price box ("from $610.00", "$19.99 at Acme") or a bare review score ("8/10", "4.5 stars"). */
const COMMERCE =
  /^(?:(?:from|starting at|now|was|only|price:?|buy(?: it)? for)\s*)?[$€£¥]\s?\d[\d,]*(?:\.\d\d)?(?:\s+(?:at|from|on|@)\s+[\p{L}\d .&'’-]{1,40})?$|^(?:(?:score|rating|verdict):?\s*)?(?:\d{1,3}\s*(?:\/|out of)\s*(?:5|10|100)|\d{1,2}\.\d|\d{1,2}(?:\.\d)?\s*stars?)$/iu;
/** A bare number is a score or a counter only in a box named so; alone it may number a list. */
const BARE_NUMBER = /^\d{1,3}$/;
const COUNTER_WORDS = new Set(CLASS_WORDS.counter);
const LIST_OR_TABLE = new Set(['TABLE', 'LI']);

/** Price boxes and scores stand alone as blocks; a price inside a sentence or a table stays. */
export const commerceBoxes: CleanRule = {
  id: 'commerce-box',
  test(c) {
    if (c.text.length > 60 || closestTag(c.el, LIST_OR_TABLE)) return null;
    if (!isBlock(c.el) && !BARE_NUMBER.test(c.text)) return null;
    if (COMMERCE.test(c.text)) return 'promo';
    if (!BARE_NUMBER.test(c.text)) return null;
    for (let e: Element | null = c.el; e && e.textContent === c.el.textContent; e = e.parentElement) {
      if (nameTokens(e).some((t) => COUNTER_WORDS.has(t))) return 'promo';
    }
    return null;
  },
};

export const promoLines: CleanRule = {
  id: 'promo-line',
  test: (c) => (isLabel(c, PROMO_LABEL, 300) && c.proseChars < 200 ? 'promo' : null),
};

import type { Candidate, CleanRule } from './rule';
import { HEADING_TAGS, hasBlockChild, hasDescendant, isBlock, linkDensity } from '../page/dom';

/** Lead-ins that can only point to another story, whatever follows them. */
const POINTERS = '(?:more|read more|also read|read also|see also|read next|related|must read)';

/**
 * Lead-ins of links to other stories. "Also read- X", "READ MORE: X", "[Read: X]",
 * "Related: X"... A sentence of the article may start with "Read" too, so a match also needs
 * the line to be mostly link or short.
 */
const ALSO_READ = new RegExp(
  `^[[(]?\\s*(?:${POINTERS}|related(?: stories| articles| content| coverage)|also see|more reading|read|don't miss|do not miss|also on [\\p{L} ]{2,20}|also|watch|listen|catch up|recommended|editor'?s picks?|top stories|latest|trending|popular|most read|more on this(?: story)?|more about|more from [\\p{L} ]{2,30})\\s*[-–—:|>»]+`,
  'iu',
);

const RELATED_HEADING =
  /^(?:related(?: stories| articles| content| coverage| news| links| reading| posts| topics)?|recommended(?: for you| stories| reading| articles)?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|more (?:stories|news|from|on|in|like this|to explore|top stories|coverage|articles|posts)\b.*|more (?:[\p{L}\d'’]+ ){1,3}(?:stories|articles|reads|news|posts)|more|read (?:more|next|these next)|read more (?:from|by|on|about) [^.!?]{2,40}|also read|further reading|what to read next|around the web|from the web|more in [\p{L} ]{2,30}|popular (?:now|stories)|most (?:read|popular|viewed)|trending(?: now| stories)?|top stories|latest (?:news|stories)|editors'? picks|don't miss|recommended videos|up next)[\s:.]*$/iu;

/** "Also on example.com X", "On Example.com: X": the site's name leads into a link to itself. */
const SITE_LEAD = /^(?:also on|more on|on)\s+[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|co\.uk|co|news|tv|ru|in|uk)\b/i;

/** "More about: X, Y", "More about Acme Corp Trade", "Topics: X": a line of topic links. */
const TOPIC_LEAD = /^(?:more (?:about|on)|topics?|tags?|filed under|explore more on)\b/i;

const POINTER_LEAD = new RegExp(`^[[(]?\\s*${POINTERS}\\s*:\\s*`, 'i');

/**
 * "More: Rival's next phone to launch in March": the pointer outlived its link (a copy of the
 * page, a script that adds it later). What follows is a headline, not a sentence: short, with
 * no full stop.
 */
function isUnlinkedPointer(text: string): boolean {
  const lead = POINTER_LEAD.exec(text);
  if (!lead) return false;
  const rest = text.slice(lead[0].length).replace(/[\])]\s*$/, '');
  return rest.length <= 100 && rest.split(/\s+/).length >= 3 && !/[.!:;,]$/.test(rest);
}

export const alsoReadLines: CleanRule = {
  id: 'also-read-line',
  test(c) {
    if (c.text.length <= 200 && TOPIC_LEAD.test(c.text) && c.linkDensity >= 0.5 && !/[.!?]$/.test(c.text))
      return 'related';
    if (c.text.length > 300 || !(ALSO_READ.test(c.text) || SITE_LEAD.test(c.text))) return null;
    const hasLink = c.el.getElementsByTagName('a').length > 0 || c.el.tagName === 'A';
    if (!hasLink) return isUnlinkedPointer(c.text) ? 'also-read' : null;
    return c.linkDensity >= 0.4 || c.text.length < 140 ? 'also-read' : null;
  },
};

/**
 * A list whose every item links elsewhere, after a "Related" heading: a teaser rail, not
 * article content. A teaser may set only part of its line in the link ("Why rates rose,
 * <a>and what comes next</a>").
 */
function isLinkList(el: Element): boolean {
  const items = Array.from(el.querySelectorAll('li'));
  if (items.length === 0) return false;
  return items.every((li) => li.getElementsByTagName('a').length > 0);
}

/** A line a heading could be set in: a "Related" title may be any of these. */
function isHeadingLike(c: Candidate): boolean {
  return HEADING_TAGS.has(c.tag) || c.tag === 'P' || c.tag === 'STRONG' || c.tag === 'B';
}

/** Removing a heading-like line of links takes the link lists and teaser cards under it too. */
function linkListUnder(c: Candidate): Element[] {
  return isHeadingLike(c) ? followingLinks(c.el) : [];
}

/** "Related Stories" and its kin: as a heading (with the link list after it) or as a titled box. */
export const relatedBlocks: CleanRule = {
  id: 'related-block',
  test(c) {
    if (isHeadingLike(c)) {
      if (!RELATED_HEADING.test(c.text)) return null;
      if (c.linkDensity > 0 || linkListUnder(c).length > 0) return 'related';
      // A label alone, not a closing line of the story ("More on that later.").
      return c.text.length <= 40 && !/[.!?]$/.test(c.text) && isOrphan(c.el) ? 'related' : null;
    }
    if (c.proseChars > 200 || c.linkDensity < 0.5) return null;
    const first = c.el.firstElementChild;
    const title = first ? (first.textContent ?? '').trim() : '';
    return title && RELATED_HEADING.test(title) ? 'related' : null;
  },
  extend: linkListUnder,
};

/**
 * Removing a "Related" heading takes what it introduces too: the link lists and teaser cards
 * (a headline link, perhaps a date and a blurb) right after it, up to the first other block.
 */
function followingLinks(heading: Element): Element[] {
  const found: Element[] = [];
  for (let next = heading.nextElementSibling; next; next = next.nextElementSibling) {
    const text = (next.textContent ?? '').trim();
    if (!text && next.getElementsByTagName('img').length === 0) {
      found.push(next);
      continue;
    }
    if (isLinkList(next) || linkDensity(next) > 0.6 || isTeaserCard(next)) found.push(next);
    else break;
  }
  // Trailing empty blocks belong to what follows.
  while (found.length && !(found[found.length - 1]!.textContent ?? '').trim()) found.pop();
  return found;
}

/** A heading that links to another page, then at most a dateline and a blurb: a story teaser. */
function isTeaserCard(el: Element): boolean {
  if (HEADING_TAGS.has(el.tagName.toUpperCase()) || el.tagName === 'P') return false;
  const heading = el.firstElementChild;
  if (!heading || !HEADING_TAGS.has(heading.tagName.toUpperCase())) return false;
  const text = (heading.textContent ?? '').trim();
  return text.length > 0 && linkDensity(heading, text) >= 0.9 && el.children.length <= 4;
}

/** A label with nothing after it in its box: what introduced it is gone, or never came. */
function isOrphan(el: Element): boolean {
  for (let next = el.nextElementSibling; next; next = next.nextElementSibling) {
    if ((next.textContent ?? '').trim()) return false;
  }
  return el.getElementsByTagName('img').length === 0;
}

/** Containers that can hold a rail of teasers; a paragraph or heading is judged as a line. */
const RAIL_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'UL', 'OL', 'NAV', 'HEADER', 'FOOTER', 'TABLE', 'DL']);
const MIN_RAIL_LINKS = 3;

/**
 * A box that is mostly links and holds no prose: "more stories" rails, teaser grids, menus and
 * breadcrumbs Readability took in with the story. Kickers between the headlines keep the
 * density under 1, so the bar sits lower than for a single line.
 */
export const linkRails: CleanRule = {
  id: 'link-rail',
  test(c) {
    if (!RAIL_TAGS.has(c.tag) || c.proseChars > 0 || c.linkDensity < 0.6) return null;
    return c.el.getElementsByTagName('a').length >= MIN_RAIL_LINKS ? 'related' : null;
  },
};

/**
 * A paragraph that is one link and no sentence: a teaser for another story set between the
 * paragraphs, often in capitals. A sentence that links its source has a stop; a buying
 * link names its price and is part of the piece it sits in.
 */
export const headlineLinks: CleanRule = {
  id: 'headline-link',
  test(c) {
    if (c.tag !== 'P' || c.text.length > 200 || c.linkDensity < 0.95 || hasBlockChild(c.el)) return null;
    if (/[.!?]/.test(c.text) || /[$€£¥]\s?\d/.test(c.text) || c.text.split(' ').length < 5) return null;
    return c.el.getElementsByTagName('a').length === 1 ? 'also-read' : null;
  },
};

/** "Home > World > Story": a trail of links back up the site. */
export const breadcrumbs: CleanRule = {
  id: 'breadcrumb',
  test(c) {
    if (c.text.length > 250 || c.proseChars > 0) return null;
    const links = c.el.getElementsByTagName('a');
    return links.length >= 2 &&
      /^home$/i.test((links[0]!.textContent ?? '').trim()) &&
      c.text.startsWith(links[0]!.textContent!.trim())
      ? 'related'
      : null;
  },
  // A trail set as a line may head a list of the site's sections.
  extend: linkListUnder,
};

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;
const TEASER_TAGS = new Set(['DIV', 'LI', 'ARTICLE', 'SECTION', 'ASIDE']);
const PICTURES = new Set(['IMG', 'PICTURE']);

/**
 * A picture linking to another page with a kicker or a headline beside it: a teaser card. A
 * figure of the story links to its own image file, if anywhere, and carries a caption.
 */
export const imageTeasers: CleanRule = {
  id: 'image-teaser',
  test(c) {
    if (!TEASER_TAGS.has(c.tag) || c.proseChars > 0 || c.text.length < 10 || c.text.length > 200) return null;
    if (c.el.getElementsByTagName('figcaption').length > 0) return null;
    const page = c.el.ownerDocument.URL.split('#')[0];
    for (const a of Array.from(c.el.getElementsByTagName('a'))) {
      // Resolving an address costs more than looking for a picture: only a picture's link is resolved.
      if (!hasDescendant(a, PICTURES)) continue;
      const href = (a as HTMLAnchorElement).href ?? '';
      if (!href || IMAGE_FILE.test(href) || href.split('#')[0] === page) continue;
      return 'related';
    }
    return null;
  },
};

/** The node before an element, past blank text. */
function previousNonBlank(el: Element): Node | null {
  let n = el.previousSibling;
  while (n && n.nodeType === 3 && !(n.textContent ?? '').trim()) n = n.previousSibling;
  return n;
}

/**
 * The card a page pops up over a name in a sentence: right after the name's link, it links to
 * the same page again and lists stories about that person. Hidden until hovered, it lands in
 * the text as "Jane DoeJane Q. DoeHeadline one Headline two".
 */
export const hoverCards: CleanRule = {
  id: 'hover-card',
  test(c) {
    if (isBlock(c.el) || c.tag === 'A' || c.linkDensity < 0.8) return null;
    const before = previousNonBlank(c.el);
    if (before?.nodeType !== 1 || (before as Element).tagName !== 'A') return null;
    const href = (before as Element).getAttribute('href');
    const links = Array.from(c.el.getElementsByTagName('a'));
    return href && links.length >= 2 && links.some((a) => a.getAttribute('href') === href) ? 'related' : null;
  },
};

import type { CleanRule } from './rule';
import { addressKey, isLabel, standsAlone } from './rule';
import { hasBlockChild, HEADING_TAGS, isBlock } from '../page/dom';
import { isAgencyCredit, isCreditLine } from '../text/credit-line';

/*
 * Page furniture: the lines a CMS prints around every story (dates, bylines, photo credits,
 * print and text-size buttons, copyright and citation notes, the author's contact line).
 * None is prose, and none belongs in the article's text.
 */

/** "Updated Nov 19, 6:55 AM", "| PUBLISHED: 00:01, Tue, Nov 19, 2019", "Posted: Fri 6:45 PM". */
const DATELINE =
  /^[|·\s]*(?:(?:first|last|originally|date)\s+)?(?:published|updated|posted|modified|original|last updated)(?:\s+(?:on|at))?\s*:?\s+[^!?]*\d[^!?]*$/i;
/** "Updated figures show growth of 2.1% this year." is a sentence, not a dateline. */
const SENTENCE_END = /\p{Ll}{3,}\.$/u;

/**
 * "By Justine Coleman - 11/18/19 11:04 PM EST", "By Paul Takahashi": a name, perhaps an
 * affiliation or a date, and no sentence. "By Tuesday, the index had fallen." is a sentence.
 */
const BYLINE =
  /^[Bb][Yy]:?\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|da|del|di|le|la|bin))*(?:\s*[,|–—-]\s*[^!?]{0,70})?$/u;

/**
 * The line a print edition adds: "A version of this article appears in print on ..., Section B,
 * Page 1 ... with the headline: ...", "This article appeared in the print edition under ...".
 */
const PRINT_EDITION =
  /^(?:a version of )?this (?:article|story|piece|review|column|essay|interview|report|obituary)\b.{0,80}?\b(?:appears?|appeared|ran|was published|was printed)\s+(?:in\s+)?(?:the\s+)?print\b/i;

/** "Map: ...", "Graphic: ...", "Chart: ...": the label of an embed the reader view does not show. */
const EMBED_LABEL =
  /^(?:maps?|graphics?|charts?|infographic|interactive|timeline|data|video|watch|audio|listen|podcast)\s*[:|]\s*[^!?]{0,140}$/i;

/**
 * Buttons whose text lands in the article, alone or one after another: print, text size, font
 * and picture controls, gallery buttons, skip links.
 */
const TOOLS =
  /^(?:(?:print(?: this)?(?: article| story| page)?|text size|font size|resize text|a\s*a|zoom|caption|close|enlarge(?: image| photo)?|expand|view (?:images?|photos?|gallery|slideshow|author archive)|see (?:all|gallery|(?:all )?photos)|(?:go )?back to (?:slide|top)|skip (?:article header|to:?\s*(?:main content|content|start of article))|image \d+ of \/? ?\d+)[\s.:]*)+$/i;
/**
 * A video player's clock left as text: the time played of the length ("00:38 / 01:22",
 * "0:00/2:33") or the time left ("-0:00"). A bare "11:05" is a live blog's update time.
 */
const PLAYER_TIME = /^(?:-\d{1,2}(?::\d\d){1,2}|\d{1,2}(?::\d\d){1,2}\s*\/\s*\d{1,2}(?::\d\d){1,2})$/;
/** A link's label for screen readers left as the only text of an embed that did not load. */
const NEW_TAB_LABEL = /\(opens? in a new (?:tab|window)\)$/i;
/** A picture's file name printed as its caption: "skimming scheme seized cards.jpg". */
const IMAGE_FILE_NAME = /^[^/\s][^/]{0,120}\.(?:jpe?g|png|gif|webp|avif|tiff?)$/i;
/** A rule drawn with characters: "==========", "*****". */
const TEXT_RULE = /^([=*_~#-])\1{3,}$/;

/** Copyright and citation notes that close a page. */
const RIGHTS =
  /^(?:(?:©|\(c\))\s*\S|copyright\s*(?:©|\(c\)|\d{4})|all rights reserved|this (?:document|article|material|story) (?:is subject to copyright|may not be (?:published|reproduced|republished))|citation\s*:)/iu;

/** A rights line that opens with the owner's words: "The contents of this site are ©2019 X Corp." */
const RIGHTS_INSIDE = /(?:©|\(c\)|\bcopyright)\s*\d{4}\b/i;

/** The publisher's own contact line in a footer: "1625 K Street | 202-628-8500 tel | 202-628-8503 fax". */
const PHONE_LINE = /\d[\d ().-]{6,}\d\s*(?:tel|fax)\b|\b(?:tel|fax)\b\.?:?\s*\+?\d[\d ().-]{6,}\d/i;

const MAX_FOOTER_LINE_CHARS = 200;

/** "Jane Doe contributed to this report." */
const CONTRIBUTED = /^[\p{L}’'.,& -]{3,100} contributed (?:to )?(?:this )?(?:report|story|article)(?:ing)?\.?$/u;

/** The author's contact line: "Email X at x@y.com", "Write to X at x@y.com". */
const CONTACT =
  /^(?:[Ee]-?mail|[Ww]rite to|[Cc]ontact|[Rr]each)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+at\s+\S+@\S+/u;
const EMAIL_ONLY = /^\S+@\S+\.\w+$/;

export const datelines: CleanRule = {
  id: 'dateline',
  test(c) {
    if (c.proseChars > 0 || HEADING_TAGS.has(c.tag)) return null;
    if (SENTENCE_END.test(c.text)) return null;
    if (isLabel(c, DATELINE, 120) || isLabel(c, BYLINE, 100)) return 'furniture';
    return null;
  },
};

export const creditLines: CleanRule = {
  id: 'credit-line',
  test(c) {
    if (c.proseChars > 0 || c.text.length > 120) return null;
    if (isCreditLine(c.text) || IMAGE_FILE_NAME.test(c.text)) return 'furniture';
    // A bare agency name in a link or an emphasis may be a word of a sentence; a block is not.
    if (isAgencyCredit(c.text) && (/[/|(]/.test(c.text) || isBlock(c.el))) return 'furniture';
    return EMBED_LABEL.test(c.text) && !SENTENCE_END.test(c.text) ? 'furniture' : null;
  },
};

export const toolLabels: CleanRule = {
  id: 'tool-label',
  test: (c) =>
    (isLabel(c, TOOLS, 60) ||
      isLabel(c, PLAYER_TIME, 20) ||
      isLabel(c, NEW_TAB_LABEL, 80) ||
      isLabel(c, TEXT_RULE, 80)) &&
    standsAlone(c)
      ? 'furniture'
      : null,
};

export const endMatter: CleanRule = {
  id: 'end-matter',
  test(c) {
    if (c.text.length <= 400 && (RIGHTS.test(c.text) || PRINT_EDITION.test(c.text))) return 'furniture';
    if (c.text.length <= 200 && (CONTACT.test(c.text) || EMAIL_ONLY.test(c.text) || CONTRIBUTED.test(c.text)))
      return 'furniture';
    // Anywhere in the line, so only the line itself: never a box that holds it among other blocks
    // (asked last, as it walks the subtree).
    if (c.text.length > MAX_FOOTER_LINE_CHARS || !(RIGHTS_INSIDE.test(c.text) || PHONE_LINE.test(c.text))) return null;
    return hasBlockChild(c.el) ? null : 'furniture';
  },
};

/** The page printing its own address, as share widgets and print styles do. */
export const ownAddress: CleanRule = {
  id: 'own-address',
  test(c) {
    if (c.text.length > 300 || !/^https?:\/\/\S+$/.test(c.text)) return null;
    return c.page.addresses.has(addressKey(c.text)) ? 'furniture' : null;
  },
};

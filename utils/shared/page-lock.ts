/**
 * While the reader view is shown, the page under it is hidden and cannot scroll. That is done by
 * this style sheet, which the background adds to the tab as a user sheet, keyed on an attribute
 * the view sets on <html>, rather than by the content script changing the page: Firefox runs no
 * more of a content script once its extension is disabled, removed or updated, but it does take
 * that extension's sheets away, so the page comes back by itself. A user sheet also outranks
 * anything the page's own CSS says about Lede's host.
 */
export const HOST_TAG = 'lede-reader';
export const READING_ATTR = 'data-lede-reading';

export const PAGE_LOCK_CSS = `html[${READING_ATTR}] { overflow: hidden !important; }
html[${READING_ATTR}] > :not(${HOST_TAG}) { display: none !important; }
html[${READING_ATTR}] > ${HOST_TAG} { display: block !important; }
@media print {
  /* On paper the article runs over as many pages as it needs, not one screenful. */
  html[${READING_ATTR}] { overflow: visible !important; }
  html[${READING_ATTR}] > ${HOST_TAG} { position: static !important; width: auto !important; height: auto !important; }
}`;

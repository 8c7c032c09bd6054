/**
 * While the reader view is shown, the page under it is hidden and cannot scroll. That is done by
 * this style sheet, which the background adds to the tab as a user sheet when the view is shown
 * and takes away when it is hidden, keyed on an attribute the view sets on <html>, rather than by
 * the content script changing the page: Firefox runs no more of a content script once its
 * extension is disabled, removed or updated, but it does take that extension's sheets away, so
 * the page comes back by itself. A user sheet's !important also outranks anything the page's own
 * CSS, or its script through inline styles, says about <html> and Lede's host; and with the sheet
 * gone after "Show original", a page that sets the attribute again hides nothing.
 *
 * The host's tag is Lede's prefix with a random suffix, drawn by each content script: a page
 * cannot define that element beforehand (and so run its code in Lede's createElement, or attach
 * a shadow root of its own first), nor aim its CSS at it in advance.
 */
export const HOST_PREFIX = 'lede-reader-';
export const READING_ATTR = 'data-lede-reading';

/** A host tag as Lede draws them: what the background accepts before writing one into a sheet. */
export function isHostTag(tag: string): boolean {
  return HOST_TAG_PATTERN.test(tag);
}
const HOST_TAG_PATTERN = new RegExp(`^${HOST_PREFIX}[a-z0-9]{8,32}$`);

/** What hides, moves or covers an element, set back to nothing; for <html> and for the host. */
const UNHIDDEN = `opacity: 1 !important; visibility: visible !important; filter: none !important;
  backdrop-filter: none !important; transform: none !important; translate: none !important;
  rotate: none !important; scale: none !important; perspective: none !important; zoom: 1 !important;
  clip-path: none !important; mask: none !important; contain: none !important;
  content-visibility: visible !important; mix-blend-mode: normal !important; will-change: auto !important;`;

export function pageLockCss(host: string): string {
  const html = `html[${READING_ATTR}]`;
  return `${html} { overflow: hidden !important; display: block !important; ${UNHIDDEN} }
${html} > :not(${host}) { display: none !important; }
${html}::before, ${html}::after, ${html} > ${host}::before, ${html} > ${host}::after { content: none !important; display: none !important; }
${html} > ${host} { display: block !important; position: fixed !important; inset: 0 !important;
  z-index: 2147483647 !important; width: 100vw !important; height: 100vh !important; margin: 0 !important;
  pointer-events: auto !important; ${UNHIDDEN} }
@media print {
  /* On paper the article runs over as many pages as it needs, not one screenful. */
  ${html} { overflow: visible !important; }
  ${html} > ${host} { position: static !important; width: auto !important; height: auto !important; }
}`;
}

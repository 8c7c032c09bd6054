import { browser } from 'wxt/browser';
import { HOST_PREFIX } from '../shared/page-lock';

interface DomApi {
  openOrClosedShadowRoot(element: HTMLElement): ShadowRoot | null;
}

/**
 * The shadow roots the content script reads: open ones, and the closed ones web components use
 * to render an article (Chrome's `dom` API, Firefox's `openOrClosedShadowRoot`). Closed roots are
 * looked for on custom elements only, which keeps the extension call off every element of the page.
 * Lede's own reader view is never read back as part of the page.
 */
export function readableShadowRoot(el: Element): ParentNode | null {
  // Called for every element of the page: localName is already lower case, no string is made.
  const tag = el.localName;
  if (tag.startsWith(HOST_PREFIX)) return null;
  const open = el.shadowRoot;
  if (open || !tag.includes('-')) return open;
  const firefox = (el as { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
  if (firefox !== undefined) return firefox;
  const dom = (browser as unknown as { dom?: DomApi }).dom;
  return dom && el instanceof HTMLElement ? dom.openOrClosedShadowRoot(el) : null;
}

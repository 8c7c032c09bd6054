/**
 * Some pages keep their article in a frame: a frameset, or a thin page around one large
 * iframe. Lede reads a frame of the page's own origin as it reads the page; a frame from
 * another origin is closed to it, so the reader is pointed to the frame's own address.
 */
import { webAddress } from '../url';

/** Share of the viewport a frame must cover to be taken for the page's content. */
const MAIN_FRAME_SHARE = 0.4;
/**
 * Text a page around a foreign frame may have and still be only a shell for it. More than this,
 * and the frame is a part of the page (a video on a video page), not where its article lives.
 */
const SHELL_TEXT_CHARS = 1500;

interface Frame {
  element: HTMLIFrameElement | HTMLFrameElement;
  area: number;
}

export function isFrameset(doc: Document): boolean {
  return doc.body?.tagName.toUpperCase() === 'FRAMESET' || doc.getElementsByTagName('frameset').length > 0;
}

/** Frames large enough to hold the page's content, largest first (all of a frameset's). */
function mainFrames(doc: Document): Frame[] {
  const frameset = isFrameset(doc);
  const view = doc.defaultView;
  const viewport = (view?.innerWidth ?? 0) * (view?.innerHeight ?? 0);
  const frames = Array.from(doc.querySelectorAll<HTMLIFrameElement | HTMLFrameElement>('iframe, frame')).map(
    (element) => {
      const rect = element.getBoundingClientRect();
      return { element, area: rect.width * rect.height };
    },
  );
  // Without layout (outside a browser) sizes are unknown: only a frameset's frames qualify.
  return frames
    .filter((f) => frameset || (viewport > 0 && f.area >= viewport * MAIN_FRAME_SHARE))
    .sort((a, b) => b.area - a.area);
}

/** A frame's document, or null for a frame of another origin: its document is not ours to read. */
function documentOf(frame: Frame): Document | null {
  try {
    return frame.element.contentDocument;
  } catch {
    return null;
  }
}

/** The documents of the main frames that Lede may read: same origin, already loaded. */
export function readableFrames(doc: Document): Document[] {
  return mainFrames(doc)
    .map(documentOf)
    .filter((inner): inner is Document => !!inner?.documentElement);
}

/** The web address of the largest main frame Lede cannot read, to offer it on its own. */
export function foreignFrameUrl(doc: Document): string | null {
  if (!isFrameset(doc) && (doc.body?.textContent ?? '').trim().length > SHELL_TEXT_CHARS) return null;
  for (const frame of mainFrames(doc)) {
    if (documentOf(frame)) continue;
    const url = webAddress(frame.element.getAttribute('src'), doc.baseURI);
    if (url) return url;
  }
  return null;
}

import { ledeError, type LedeError } from '../types';

/**
 * Bounds checked before any heavy work starts: Readability's run time grows super-linearly with
 * nesting depth and element count, and synchronous work cannot be interrupted once begun.
 */
export interface Limits {
  maxElements: number;
  maxDepth: number;
  maxTextChars: number;
  /**
   * Characters of text weighted by how deep each stands: Readability measures the text of every
   * ancestor of every node, so its time grows with depth x characters, not with size alone.
   */
  maxWork: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxElements: 60_000,
  maxDepth: 180,
  maxTextChars: 3_000_000,
  // The heaviest of 137 real news pages weighs 1.4 M (145,000 characters about 20 deep); 170
  // nested divs round 2.75 M characters weigh 460 M and held Chromium's main thread for 44 s.
  maxWork: 30_000_000,
};

/**
 * For the page stage in a worker, where a watchdog bounds the time: the work budget, which keeps
 * the page's own thread free, does not apply there; the size limits still do.
 */
export const WATCHED_LIMITS: Limits = { ...DEFAULT_LIMITS, maxWork: Number.POSITIVE_INFINITY };

/** Whether a page was refused for its work alone: such a page can still be read off the page's thread. */
export function isOverBudget(error: LedeError): boolean {
  return error.code === 'too-large' && error.params?.reason === 'work';
}

/** Returns an error when the page is beyond what Lede can clean without freezing the tab. */
export function checkLimits(doc: Document, limits: Limits = DEFAULT_LIMITS): LedeError | null {
  const body = doc.body;
  if (!body) return null;
  const count = doc.getElementsByTagName('*').length;
  if (count > limits.maxElements) {
    return ledeError('too-large', { reason: 'elements', value: count, max: limits.maxElements });
  }
  const { depth, work } = measure(body, limits);
  if (depth > limits.maxDepth) {
    return ledeError('too-large', { reason: 'depth', value: depth, max: limits.maxDepth });
  }
  const chars = (body.textContent ?? '').length;
  if (chars > limits.maxTextChars) {
    return ledeError('too-large', { reason: 'text', value: chars, max: limits.maxTextChars });
  }
  if (work > limits.maxWork) return ledeError('too-large', { reason: 'work' });
  return null;
}

/**
 * Depth of the deepest element and the depth-weighted characters of text, in one walk without
 * recursion (the page may be deeper than the stack), stopping once either is over its limit.
 */
function measure(root: Element, limits: Limits): { depth: number; work: number } {
  let depth = 0;
  let work = 0;
  const stack: Array<[Element, number]> = [[root, 1]];
  while (stack.length && depth <= limits.maxDepth && work <= limits.maxWork) {
    const [el, level] = stack.pop()!;
    if (level > depth) depth = level;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) work += (child.nodeValue?.length ?? 0) * level;
      else if (child.nodeType === 1) stack.push([child as Element, level + 1]);
    }
  }
  return { depth, work };
}

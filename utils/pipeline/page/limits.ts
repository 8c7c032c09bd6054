import { ledeError, type LedeError } from '../types';

/**
 * Bounds checked before any heavy work starts: Readability's run time grows super-linearly with
 * nesting depth and element count, and synchronous work cannot be interrupted once begun.
 */
export interface Limits {
  maxElements: number;
  maxDepth: number;
  maxTextChars: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxElements: 60_000,
  maxDepth: 180,
  maxTextChars: 3_000_000,
};

/** Returns an error when the page is beyond what Lede can clean without freezing the tab. */
export function checkLimits(doc: Document, limits: Limits = DEFAULT_LIMITS): LedeError | null {
  const body = doc.body;
  if (!body) return null;
  const count = doc.getElementsByTagName('*').length;
  if (count > limits.maxElements) {
    return ledeError('too-large', { reason: 'elements', value: count, max: limits.maxElements });
  }
  const depth = maxDepth(body, limits.maxDepth);
  if (depth > limits.maxDepth) {
    return ledeError('too-large', { reason: 'depth', value: depth, max: limits.maxDepth });
  }
  const chars = (body.textContent ?? '').length;
  if (chars > limits.maxTextChars) {
    return ledeError('too-large', { reason: 'text', value: chars, max: limits.maxTextChars });
  }
  return null;
}

/** Depth of the deepest element, without recursion (the page may be deeper than the stack). */
function maxDepth(root: Element, stopAt: number): number {
  let deepest = 0;
  const stack: Array<[Element, number]> = [[root, 1]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > stopAt) break;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
  return deepest;
}

import type { RemovedKind } from '../types';

/** What a rule sees of an element: computed once per element and shared by every rule. */
export interface Candidate {
  el: Element;
  tag: string;
  /** Collapsed text content. */
  text: string;
  linkDensity: number;
  /** Letters of text inside paragraphs of real prose: rules never remove an element holding much of it. */
  proseChars: number;
}

/**
 * One kind of clutter. A rule names what it removes, so every removal can be listed for the
 * reader and put back.
 */
export interface CleanRule {
  kind: RemovedKind;
  /** Returns the kind to record (a rule may refine its own), or null to keep the element. */
  test(c: Candidate): RemovedKind | null;
}

/** A block that is nothing but a label: short, no prose, matching the whole pattern. */
export function isLabel(c: Candidate, pattern: RegExp, maxLength = 60): boolean {
  return c.text.length <= maxLength && pattern.test(c.text);
}

/**
 * Marks the first occurrence of `text` inside `container`. The text comes from the pipeline,
 * which collapsed whitespace and may differ in quote style, so the search runs over a
 * normalised copy that remembers where each character sits in the DOM.
 */
export function markText(container: Element, text: string, className: string): Element | null {
  const needle = normalise(text).replace(/\s+/g, ' ').trim().slice(0, 300);
  if (!needle) return null;
  const doc = container.ownerDocument;
  const walker = doc.createTreeWalker(container, 0x4 /* text nodes */);
  let flat = '';
  const where: Array<[Text, number]> = [];
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const value = normalise(n.nodeValue ?? '');
    for (let i = 0; i < value.length; i++) {
      const ch = /\s/.test(value[i]!) ? ' ' : value[i]!;
      if (ch === ' ' && (flat.endsWith(' ') || flat === '')) continue;
      flat += ch;
      where.push([n, i]);
    }
  }
  const at = flat.indexOf(needle);
  if (at < 0) return null;
  const [startNode, startOffset] = where[at]!;
  const [endNode, endOffset] = where[at + needle.length - 1]!;
  const range = doc.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset + 1);
  const mark = doc.createElement('mark');
  mark.className = className;
  try {
    range.surroundContents(mark);
  } catch {
    // The passage crosses element boundaries (a link inside a quote): the caller marks the block.
    return null;
  }
  return mark;
}

function normalise(s: string): string {
  return s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').toLowerCase();
}

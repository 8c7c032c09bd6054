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
  return s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .toLowerCase();
}

/**
 * Wraps every whole-word occurrence of any of `names` inside `container` in a <mark>, longest
 * names first so "Ant Group" wins over "Ant". Matches within one text node only: names do not
 * straddle markup in practice, and it keeps the walk linear.
 */
export function markAll(container: Element, names: string[], className: string): number {
  const forms = [...new Set(names.filter((n) => n.trim().length > 1))].sort((a, b) => b.length - a.length);
  if (forms.length === 0) return 0;
  const escaped = forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const doc = container.ownerDocument;
  const walker = doc.createTreeWalker(container, 0x4);
  const nodes: Text[] = [];
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (!n.parentElement?.closest('mark')) nodes.push(n);
  }
  let count = 0;
  for (const node of nodes) {
    const text = node.nodeValue ?? '';
    const matches = [...text.matchAll(pattern)];
    if (matches.length === 0) continue;
    const fragment = doc.createDocumentFragment();
    let last = 0;
    for (const m of matches) {
      fragment.append(text.slice(last, m.index));
      const mark = doc.createElement('mark');
      mark.className = className;
      mark.textContent = m[0];
      fragment.append(mark);
      last = m.index! + m[0].length;
      count++;
    }
    fragment.append(text.slice(last));
    node.replaceWith(fragment);
  }
  return count;
}

/** Removes the marks of one class, leaving their text in place. */
export function unmark(container: Element | ShadowRoot, className: string): void {
  for (const mark of Array.from(container.querySelectorAll(`mark.${className}`))) {
    const parent = mark.parentNode;
    mark.replaceWith(...Array.from(mark.childNodes));
    parent?.normalize();
  }
}

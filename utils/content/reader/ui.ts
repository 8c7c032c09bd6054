import type { Translate } from './removed-label';

/** Makes the reader view's elements in the page's document, with its UI strings. */
export class Ui {
  constructor(
    readonly doc: Document,
    readonly t: Translate,
  ) {}

  /** Text is set as text: page text never becomes markup here. */
  el(tag: string, attrs: Record<string, string> = {}, text?: string): HTMLElement {
    const e = this.doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  button(text: string, label: string, onClick: () => void): HTMLButtonElement {
    const b = this.el('button', { type: 'button', 'aria-label': label, title: label }, text) as HTMLButtonElement;
    b.addEventListener('click', onClick);
    return b;
  }
}

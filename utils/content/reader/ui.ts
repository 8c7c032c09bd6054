import { t as translate, type Translate } from '../../shared/i18n';

/** Makes the reader view's elements in the page's document, with its UI strings. */
export class Ui {
  constructor(
    readonly doc: Document,
    readonly t: Translate = translate,
  ) {}

  /** Text is set as text: page text never becomes markup here. */
  el(tag: string, attrs: Record<string, string> = {}, text?: string): HTMLElement {
    const e = this.doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  }

  /**
   * Marks an element as Lede's own words, in the language and direction of its UI strings: on
   * a right-to-left article they would otherwise run backwards ("min read 4") and be spoken in
   * the article's language.
   */
  own<E extends HTMLElement>(e: E): E {
    e.lang = this.t('uiLanguage');
    e.dir = this.t('uiDirection') === 'rtl' ? 'rtl' : 'ltr';
    return e;
  }

  button(text: string, label: string, onClick: () => void): HTMLButtonElement {
    const b = this.el('button', { type: 'button', 'aria-label': label, title: label }, text) as HTMLButtonElement;
    this.onTrusted(b, 'click', onClick);
    return b;
  }

  /**
   * Listens to the reader's own input only. The page's scripts share this DOM: a click or key
   * they make up (isTrusted false) must not copy to the clipboard, change the reader's synced
   * settings or re-read the page.
   */
  onTrusted<E extends Event>(target: EventTarget, type: string, listener: (event: E) => void): void {
    target.addEventListener(type, (event) => {
      if (event.isTrusted) listener(event as E);
    });
  }
}

import type { Article, Insights, RemovedItem } from '../../pipeline/types';
import { markAll, markText, unmark } from './highlight';
import { ReadAloud, hasVoice, type ListenState } from './listen';
import type { Ui } from './ui';

const HIGHLIGHT = 'lede-highlight';

/**
 * The article's text and what is done to it: the passage the panel points at, the companies
 * and quotes marked on demand, reading aloud, and removed blocks put back.
 */
export class ArticleText {
  readonly body: HTMLElement;
  /** The page's lead image, when the text has no image of its own. */
  readonly lead: HTMLElement | null = null;
  private insights: Pick<Insights, 'companies' | 'quotes'> | null = null;
  private entitiesShown = false;
  private readAloud: ReadAloud | null = null;

  constructor(
    private readonly article: Article,
    private readonly ui: Ui,
    private readonly onListenState: (state: ListenState) => void,
  ) {
    this.body = ui.el('div', { class: 'lede-body' });
    this.body.append(this.fragment(article.html));
    if (article.leadImage && !this.body.querySelector('img')) {
      this.lead = ui.el('figure', { class: 'lede-lead' });
      this.lead.append(ui.el('img', { src: article.leadImage, alt: '' }));
    }
  }

  /** Scrolls to a paragraph and marks the passage in it; false when the paragraph is gone. */
  highlight(paragraphId: string, text: string): boolean {
    for (const old of Array.from(this.body.querySelectorAll(`mark.${HIGHLIGHT}`)))
      old.replaceWith(...Array.from(old.childNodes));
    for (const old of Array.from(this.body.querySelectorAll('.lede-highlight-block')))
      old.classList.remove('lede-highlight-block');
    const block = this.paragraph(paragraphId);
    if (!block) return false;
    const target = (text && markText(block, text, HIGHLIGHT)) || block;
    if (target === block) block.classList.add('lede-highlight-block');
    target.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    return true;
  }

  /** The panel's findings, marked while the reader has the marks on. */
  setInsights(insights: Pick<Insights, 'companies' | 'quotes'>): void {
    this.insights = insights;
    if (this.entitiesShown) this.markEntities();
  }

  /** Marks or unmarks the companies and quotes; returns whether they are now marked. */
  toggleEntities(): boolean {
    this.entitiesShown = !this.entitiesShown;
    if (this.entitiesShown) this.markEntities();
    else this.unmarkEntities();
    return this.entitiesShown;
  }

  /** Starts, pauses or resumes reading aloud; false when the system has no voice to read with. */
  async listen(): Promise<boolean> {
    const win = this.ui.doc.defaultView;
    if (!win?.speechSynthesis) return false;
    const starting = !this.readAloud || this.readAloud.state === 'idle';
    if (starting && !(await hasVoice(win.speechSynthesis))) return false;
    this.readAloud ??= new ReadAloud(
      this.body,
      win.speechSynthesis,
      win.SpeechSynthesisUtterance,
      this.article.lang,
      this.onListenState,
    );
    this.readAloud.toggle();
    return true;
  }

  stopListening(): void {
    this.readAloud?.stop();
  }

  /** Puts a removed block back where it stood, marked as put back. */
  putBack(item: RemovedItem, index: number): void {
    const wrapper = this.ui.el('div', { class: 'lede-restored', 'data-lede-restored': String(index) });
    wrapper.append(this.fragment(item.html));
    const anchor = item.after ? this.paragraph(item.after) : null;
    const block = anchor ? topLevelOf(anchor, this.body) : null;
    if (block) block.after(wrapper);
    else this.body.prepend(wrapper);
  }

  private markEntities(): void {
    if (!this.insights) return;
    this.unmarkEntities();
    for (const q of this.insights.quotes) {
      const block = q.paragraphId ? this.paragraph(q.paragraphId) : null;
      if (block) markText(block, q.text, 'lede-quote');
    }
    markAll(
      this.body,
      this.insights.companies.flatMap((c) => [c.name, ...c.aliases]),
      'lede-company',
    );
  }

  private unmarkEntities(): void {
    unmark(this.body, 'lede-company');
    unmark(this.body, 'lede-quote');
  }

  /** Paragraph ids come from messages: only the page stage's own form is looked up. */
  private paragraph(id: string): Element | null {
    return /^p\d+$/.test(id) ? this.body.querySelector(`[data-lede-p="${id}"]`) : null;
  }

  /**
   * Nodes for HTML the page stage sanitised. Parsed in an inert document (nothing loads or
   * runs there) and adopted, rather than assigned through innerHTML.
   */
  private fragment(html: string): DocumentFragment {
    const doc = this.ui.doc;
    const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
    const fragment = doc.createDocumentFragment();
    for (const node of Array.from(parsed.body.childNodes)) fragment.append(doc.adoptNode(node));
    return fragment;
  }
}

function topLevelOf(el: Element, root: Element): Element {
  let node = el;
  while (node.parentElement && node.parentElement !== root) node = node.parentElement;
  return node;
}

import type { Article } from '../../pipeline/types';
import type { Ui } from './ui';

/** The article's head: site, title, and a meta line of byline, date and reading time; a live page's badge. */
export class Header {
  readonly element: HTMLElement;

  constructor(
    article: Article,
    private readonly ui: Ui,
  ) {
    const { t } = ui;
    this.element = ui.el('header');
    if (article.siteName) this.element.append(ui.el('p', { class: 'lede-site' }, article.siteName));
    this.element.append(ui.el('h1', { class: 'lede-title' }, article.title));
    const updated = article.live
      ? `${t('liveUpdated')} ${formatDate(article.live.updated, article.lang, DAY_AND_TIME) ?? ''}`.trim()
      : null;
    const date = article.live ? null : formatDate(article.publishedTime, article.lang);
    // The page's words keep the article's direction; Lede's own run in the UI's, each isolated.
    const parts: Array<string | HTMLElement> = [
      article.byline,
      date,
      updated && ui.own(ui.el('span', {}, updated)),
      ui.own(ui.el('span', {}, `${article.readingMinutes} ${t('minRead')}`)),
    ].filter((part): part is string | HTMLElement => !!part);
    const metaLine = ui.el('p', { class: 'lede-meta' });
    parts.forEach((part, i) => metaLine.append(...(i ? [' · ', part] : [part])));
    if (article.live) metaLine.prepend(ui.own(ui.el('span', { class: 'lede-live' }, t('live'))), ' ');
    this.element.append(metaLine);
  }

  /**
   * Tells the reader a live page has new updates since the view was built, with a button that
   * calls `onShow` (which rebuilds the view from the page as it is now). Shown once.
   */
  offerUpdates(onShow: () => void): void {
    if (this.element.querySelector('.lede-updates')) return;
    const { t } = this.ui;
    const notice = this.ui.own(this.ui.el('p', { class: 'lede-updates', role: 'status' }));
    notice.append(this.ui.button(t('newUpdates'), t('newUpdatesLabel'), onShow));
    this.element.append(notice);
  }
}

const DAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };
/** A live page changes within the day: its time of update matters more than its year. */
const DAY_AND_TIME: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' };

/** An ISO date in the article's language (the browser's when the page names none it knows). */
function formatDate(iso: string | null, lang: string | null, parts: Intl.DateTimeFormatOptions = DAY): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return date.toLocaleString(lang ?? undefined, parts);
  } catch {
    return date.toLocaleString(undefined, parts);
  }
}

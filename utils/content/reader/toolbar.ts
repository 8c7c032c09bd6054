import { FONTS, LINE_HEIGHTS, SIZE_RANGE, THEMES, WIDTHS, type ReaderSettings } from '../../shared/settings';
import type { MessageKey } from '../../shared/i18n';
import type { ListenState } from './listen';
import type { Ui } from './ui';

/** What the toolbar's buttons do beyond its own settings controls. */
export interface ToolbarActions {
  /** The reader changed a setting here. */
  settingsChanged(settings: ReaderSettings): void;
  listen(): void;
  /** Returns whether the names and quotes are now marked. */
  toggleEntities(): boolean;
  /** The article as Markdown, for the clipboard. */
  markdown(): Promise<string>;
  showOriginal(): void;
}

/** Names for WIDTHS and LINE_HEIGHTS, narrowest and tightest first: "Wide" reads better than "46 em". */
export const WIDTH_NAMES = ['width_narrow', 'width_medium', 'width_wide'] as const satisfies readonly MessageKey[];
export const LINE_HEIGHT_NAMES = [
  'lineHeight_compact',
  'lineHeight_normal',
  'lineHeight_relaxed',
] as const satisfies readonly MessageKey[];

const MENU_ID = 'lede-menu';

/**
 * The reader view's controls. One row, narrow enough for a 360 px window: text size, Listen and
 * "Show original" stay in it; the other settings and tools are behind a "More" disclosure button.
 */
export class Toolbar {
  readonly element: HTMLElement;
  private settings: ReaderSettings;
  private readonly listenButton: HTMLButtonElement;
  private readonly entitiesButton: HTMLButtonElement;
  private readonly moreButton: HTMLButtonElement;
  private readonly menu: HTMLElement;

  constructor(
    private readonly ui: Ui,
    settings: ReaderSettings,
    private readonly actions: ToolbarActions,
  ) {
    const { t } = ui;
    this.settings = settings;
    this.element = ui.own(ui.el('div', { class: 'lede-toolbar', role: 'toolbar', 'aria-label': t('readerToolbar') }));
    this.element.append(ui.el('span', { class: 'lede-brand' }, 'Lede'));
    this.element.append(ui.button(t('smallerText'), t('smallerTextLabel'), () => this.resize(-SIZE_RANGE.step)));
    this.element.append(ui.button(t('largerText'), t('largerTextLabel'), () => this.resize(SIZE_RANGE.step)));

    this.listenButton = ui.button(t('listen'), t('listenLabel'), () => actions.listen());
    this.listenButton.classList.add('lede-listen');
    if (!ui.doc.defaultView?.speechSynthesis) this.listenButton.hidden = true;
    this.element.append(this.listenButton);

    const original = ui.button(t('showOriginal'), t('showOriginalLabel'), () => actions.showOriginal());
    original.classList.add('lede-show-original');
    this.element.append(original);

    this.moreButton = ui.button(t('moreTools'), t('moreToolsLabel'), () => this.openMenu(!this.menuOpen));
    this.moreButton.classList.add('lede-more');
    this.moreButton.setAttribute('aria-expanded', 'false');
    this.moreButton.setAttribute('aria-controls', MENU_ID);
    this.menu = ui.el('div', { id: MENU_ID, class: 'lede-menu', role: 'group', 'aria-label': t('moreToolsLabel') });
    this.menu.hidden = true;
    const more = ui.el('div', { class: 'lede-more-wrap' });
    more.append(this.moreButton, this.menu);
    this.element.append(more);

    this.menu.append(this.select('theme', t('settingTheme'), THEMES, (v) => t(`theme_${v}`)));
    this.menu.append(this.select('font', t('settingFont'), FONTS, (v) => t(`font_${v}`)));
    this.menu.append(this.select('width', t('settingWidth'), WIDTHS, (_, i) => t(WIDTH_NAMES[i]!)));
    this.menu.append(
      this.select('lineHeight', t('settingLineHeight'), LINE_HEIGHTS, (_, i) => t(LINE_HEIGHT_NAMES[i]!)),
    );
    this.entitiesButton = ui.button(t('highlightEntities'), t('highlightEntitiesLabel'), () =>
      this.entitiesButton.setAttribute('aria-pressed', String(actions.toggleEntities())),
    );
    this.entitiesButton.classList.add('lede-entities');
    this.entitiesButton.setAttribute('aria-pressed', 'false');
    // Nothing to mark until the panel's findings arrive.
    this.entitiesButton.disabled = true;
    const copy = ui.button(t('copyArticle'), t('copyArticleLabel'), () => void this.copyMarkdown(copy));
    copy.classList.add('lede-copy');
    const print = ui.button(t('print'), t('printLabel'), () => ui.doc.defaultView?.print());
    this.menu.append(this.entitiesButton, copy, print);

    ui.onTrusted<KeyboardEvent>(more, 'keydown', (e) => {
      if (e.key !== 'Escape' || !this.menuOpen) return;
      // Esc closes the menu only, not the reader view around it.
      e.stopPropagation();
      this.openMenu(false);
      this.moreButton.focus();
    });
    // Tabbing out or clicking elsewhere (the article takes focus) closes it, as menus do.
    ui.onTrusted<FocusEvent>(more, 'focusout', (e) => {
      if (this.menuOpen && !more.contains(e.relatedTarget as Node | null)) this.openMenu(false);
    });
    this.showSettings();
  }

  /** Settings changed elsewhere (another tab, the options page): shown, not reported back. */
  setSettings(settings: ReaderSettings): void {
    this.settings = settings;
    this.showSettings();
  }

  /** The findings arrived: the names and quotes can be marked. */
  entitiesReady(): void {
    this.entitiesButton.disabled = false;
  }

  listenState(state: ListenState): void {
    const { t } = this.ui;
    this.listenButton.textContent = state === 'speaking' ? t('pause') : state === 'paused' ? t('resume') : t('listen');
    this.listenButton.setAttribute('aria-pressed', String(state !== 'idle'));
  }

  private get menuOpen(): boolean {
    return !this.menu.hidden;
  }

  private openMenu(open: boolean): void {
    this.menu.hidden = !open;
    this.moreButton.setAttribute('aria-expanded', String(open));
  }

  private resize(delta: number): void {
    const size = Math.min(SIZE_RANGE.max, Math.max(SIZE_RANGE.min, this.settings.size + delta));
    this.update({ size });
  }

  private update(change: Partial<ReaderSettings>): void {
    this.setSettings({ ...this.settings, ...change });
    this.actions.settingsChanged(this.settings);
  }

  private showSettings(): void {
    for (const select of Array.from(this.element.querySelectorAll('select'))) {
      select.value = String(this.settings[select.name as keyof ReaderSettings]);
    }
  }

  /** A select with its name shown beside it: the label is what a screen reader says too. */
  private select<T extends string | number>(
    name: keyof ReaderSettings,
    label: string,
    values: readonly T[],
    text: (v: T, index: number) => string,
  ): HTMLElement {
    const field = this.ui.el('label', { class: 'lede-field' });
    const select = this.ui.el('select', { name }) as HTMLSelectElement;
    values.forEach((v, i) => select.append(this.ui.el('option', { value: String(v) }, text(v, i))));
    this.ui.onTrusted(select, 'change', () => {
      const raw = select.value;
      const value = typeof values[0] === 'number' ? Number(raw) : raw;
      this.update({ [name]: value } as Partial<ReaderSettings>);
    });
    field.append(this.ui.el('span', {}, label), select);
    return field;
  }

  private async copyMarkdown(button: HTMLButtonElement): Promise<void> {
    const { t, doc } = this.ui;
    const label = button.textContent;
    try {
      // Only inside the reader's own click, where the browser says so: never on a page's cue.
      const activation = (doc.defaultView?.navigator as { userActivation?: { isActive: boolean } } | undefined)
        ?.userActivation;
      if (activation && !activation.isActive) throw new Error('no user activation');
      await navigator.clipboard.writeText(await this.actions.markdown());
      button.textContent = t('copied');
    } catch {
      button.textContent = t('copyFailed');
    }
    setTimeout(() => (button.textContent = label), 2000);
  }
}

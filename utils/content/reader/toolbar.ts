import { FONTS, LINE_HEIGHTS, SIZE_RANGE, THEMES, WIDTHS, type ReaderSettings } from '../../shared/settings';
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
  markdown(): string;
  showOriginal(): void;
}

/** The reader view's controls: the reading settings, and the buttons that act on the article. */
export class Toolbar {
  readonly element: HTMLElement;
  private settings: ReaderSettings;
  private readonly listenButton: HTMLButtonElement;
  private readonly entitiesButton: HTMLButtonElement;

  constructor(
    private readonly ui: Ui,
    settings: ReaderSettings,
    private readonly actions: ToolbarActions,
  ) {
    const { t } = ui;
    this.settings = settings;
    this.element = ui.el('div', {
      class: 'lede-toolbar',
      role: 'toolbar',
      'aria-label': t('readerToolbar'),
    });
    this.element.append(ui.el('span', { class: 'lede-brand' }, 'Lede'));
    this.element.append(this.select('theme', t('settingTheme'), THEMES, (v) => t(`theme_${v}`)));
    this.element.append(this.select('font', t('settingFont'), FONTS, (v) => t(`font_${v}`)));
    this.element.append(ui.button(t('smallerText'), t('smallerTextLabel'), () => this.resize(-SIZE_RANGE.step)));
    this.element.append(ui.button(t('largerText'), t('largerTextLabel'), () => this.resize(SIZE_RANGE.step)));
    this.element.append(this.select('width', t('settingWidth'), WIDTHS, (v) => `${v} em`));
    this.element.append(this.select('lineHeight', t('settingLineHeight'), LINE_HEIGHTS, (v) => String(v)));

    this.listenButton = ui.button(t('listen'), t('listenLabel'), () => actions.listen());
    this.listenButton.classList.add('lede-listen');
    if (!ui.doc.defaultView?.speechSynthesis) this.listenButton.hidden = true;
    this.element.append(this.listenButton);

    this.entitiesButton = ui.button(t('highlightEntities'), t('highlightEntitiesLabel'), () =>
      this.entitiesButton.setAttribute('aria-pressed', String(actions.toggleEntities())),
    );
    this.entitiesButton.classList.add('lede-entities');
    this.entitiesButton.setAttribute('aria-pressed', 'false');
    // Nothing to mark until the panel's findings arrive.
    this.entitiesButton.disabled = true;
    this.element.append(this.entitiesButton);

    const copy = ui.button(t('copyArticle'), t('copyArticleLabel'), () => void this.copyMarkdown(copy));
    copy.classList.add('lede-copy');
    this.element.append(copy);
    this.element.append(ui.button(t('print'), t('printLabel'), () => ui.doc.defaultView?.print()));
    const original = ui.button(t('showOriginal'), t('showOriginalLabel'), () => actions.showOriginal());
    original.classList.add('lede-show-original');
    this.element.append(original);
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

  private select<T extends string | number>(
    name: keyof ReaderSettings,
    label: string,
    values: readonly T[],
    text: (v: T) => string,
  ): HTMLSelectElement {
    const select = this.ui.el('select', { name, 'aria-label': label, title: label }) as HTMLSelectElement;
    for (const v of values) select.append(this.ui.el('option', { value: String(v) }, text(v)));
    this.ui.onTrusted(select, 'change', () => {
      const raw = select.value;
      const value = typeof values[0] === 'number' ? Number(raw) : raw;
      this.update({ [name]: value } as Partial<ReaderSettings>);
    });
    return select;
  }

  private async copyMarkdown(button: HTMLButtonElement): Promise<void> {
    const { t, doc } = this.ui;
    const label = button.textContent;
    try {
      // Only inside the reader's own click, where the browser says so: never on a page's cue.
      const activation = (doc.defaultView?.navigator as { userActivation?: { isActive: boolean } } | undefined)
        ?.userActivation;
      if (activation && !activation.isActive) throw new Error('no user activation');
      await navigator.clipboard.writeText(this.actions.markdown());
      button.textContent = t('copied');
    } catch {
      button.textContent = t('copyFailed');
    }
    setTimeout(() => (button.textContent = label), 2000);
  }
}

// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { Toolbar, type ToolbarActions } from '../../../../utils/content/reader/toolbar';
import { Ui } from '../../../../utils/content/reader/ui';
import { DEFAULT_SETTINGS, SIZE_RANGE } from '../../../../utils/shared/settings';
import { dispatchTrusted, trustedClick } from '../../../helpers/dom';

const ui = () => new Ui(document);
const actions = (): ToolbarActions => ({
  settingsChanged: vi.fn(),
  listen: vi.fn(),
  toggleEntities: vi.fn(() => true),
  markdown: vi.fn(async () => '# Title'),
  showOriginal: vi.fn(),
});
const button = (toolbar: Toolbar, label: string) =>
  toolbar.element.querySelector(`button[aria-label="${label}"]`) as HTMLButtonElement;

describe('Toolbar', () => {
  it('shows the settings and reports a change, with text size kept in range', () => {
    const act = actions();
    const toolbar = new Toolbar(ui(), { ...DEFAULT_SETTINGS, size: SIZE_RANGE.max }, act);
    const font = toolbar.element.querySelector('select[name="font"]') as HTMLSelectElement;
    expect(font.value).toBe(DEFAULT_SETTINGS.font);
    trustedClick(button(toolbar, 'Larger text'));
    expect(act.settingsChanged).toHaveBeenLastCalledWith(expect.objectContaining({ size: SIZE_RANGE.max }));
    font.value = 'mono';
    dispatchTrusted(font, new Event('change'));
    expect(act.settingsChanged).toHaveBeenLastCalledWith(expect.objectContaining({ font: 'mono' }));
  });

  it('shows settings changed elsewhere without reporting them back', () => {
    const act = actions();
    const toolbar = new Toolbar(ui(), DEFAULT_SETTINGS, act);
    toolbar.setSettings({ ...DEFAULT_SETTINGS, width: 46 });
    expect((toolbar.element.querySelector('select[name="width"]') as HTMLSelectElement).value).toBe('46');
    expect(act.settingsChanged).not.toHaveBeenCalled();
  });

  it('offers marking names and quotes only once the findings are in', () => {
    const act = actions();
    const toolbar = new Toolbar(ui(), DEFAULT_SETTINGS, act);
    const marks = toolbar.element.querySelector('.lede-entities') as HTMLButtonElement;
    expect(marks.disabled).toBe(true);
    toolbar.entitiesReady();
    trustedClick(marks);
    expect(act.toggleEntities).toHaveBeenCalled();
    expect(marks.getAttribute('aria-pressed')).toBe('true');
  });

  it('labels the Listen button by the reading state, and hands the other buttons on', () => {
    const act = actions();
    const toolbar = new Toolbar(ui(), DEFAULT_SETTINGS, act);
    const listen = toolbar.element.querySelector('.lede-listen') as HTMLButtonElement;
    toolbar.listenState('speaking');
    expect([listen.textContent, listen.getAttribute('aria-pressed')]).toEqual(['Pause', 'true']);
    toolbar.listenState('idle');
    expect([listen.textContent, listen.getAttribute('aria-pressed')]).toEqual(['Listen', 'false']);
    trustedClick(listen);
    trustedClick(toolbar.element.querySelector('.lede-show-original') as HTMLButtonElement);
    expect(act.listen).toHaveBeenCalled();
    expect(act.showOriginal).toHaveBeenCalled();
  });

  it('keeps the less-used controls behind a "More" button that opens and closes like a disclosure', () => {
    document.body.innerHTML = '';
    const toolbar = new Toolbar(ui(), DEFAULT_SETTINGS, actions());
    const outside = vi.fn();
    document.body.addEventListener('keydown', outside);
    document.body.append(toolbar.element);
    const more = toolbar.element.querySelector('.lede-more') as HTMLButtonElement;
    const menu = document.getElementById(more.getAttribute('aria-controls')!)!;
    expect([more.getAttribute('aria-expanded'), menu.hidden]).toEqual(['false', true]);
    expect(menu.contains(toolbar.element.querySelector('select[name="theme"]'))).toBe(true);
    trustedClick(more);
    expect([more.getAttribute('aria-expanded'), menu.hidden]).toEqual(['true', false]);
    const theme = menu.querySelector('select') as HTMLSelectElement;
    theme.focus();
    dispatchTrusted(theme, new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect([more.getAttribute('aria-expanded'), menu.hidden]).toEqual(['false', true]);
    expect(document.activeElement).toBe(more);
    // Esc closed the menu, not the reader view that listens further up.
    expect(outside).not.toHaveBeenCalled();
    trustedClick(more);
    dispatchTrusted(more, new FocusEvent('focusout', { relatedTarget: document.body, bubbles: true }));
    expect(menu.hidden).toBe(true);
  });

  it('names each width and line spacing in words, under a visible label', () => {
    const toolbar = new Toolbar(ui(), DEFAULT_SETTINGS, actions());
    const field = (name: string) => toolbar.element.querySelector(`select[name="${name}"]`)!.closest('label')!;
    const options = (name: string) => Array.from(field(name).querySelectorAll('option')).map((o) => o.textContent);
    expect(field('width').textContent).toMatch(/^Line width/);
    expect(options('width')).toEqual(['Narrow', 'Medium', 'Wide']);
    expect(field('lineHeight').textContent).toMatch(/^Line spacing/);
    expect(options('lineHeight')).toEqual(['Compact', 'Normal', 'Relaxed']);
  });
});

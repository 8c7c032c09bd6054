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
  markdown: vi.fn(() => '# Title'),
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
});

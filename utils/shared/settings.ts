/** How the reader view looks; kept in `storage.sync` so it follows the reader across devices. */
export interface ReaderSettings {
  theme: 'system' | 'light' | 'sepia' | 'dark';
  font: 'serif' | 'sans' | 'mono' | 'system';
  /** Text size in CSS pixels. */
  size: number;
  /** Line width in ems. */
  width: number;
  lineHeight: number;
}

export const DEFAULT_SETTINGS: ReaderSettings = {
  theme: 'system',
  font: 'serif',
  size: 20,
  width: 38,
  lineHeight: 1.6,
};

export const THEMES: ReaderSettings['theme'][] = ['system', 'light', 'sepia', 'dark'];
export const FONTS: ReaderSettings['font'][] = ['serif', 'sans', 'mono', 'system'];
export const SIZE_RANGE = { min: 14, max: 32, step: 2 };
export const WIDTHS = [30, 38, 46];
export const LINE_HEIGHTS = [1.4, 1.6, 1.9];

/** Accepts only known values, so a corrupt or older stored object cannot break the view. */
export function normaliseSettings(value: unknown): ReaderSettings {
  const v = (typeof value === 'object' && value ? value : {}) as Partial<Record<keyof ReaderSettings, unknown>>;
  const pick = <T>(x: unknown, allowed: readonly T[], fallback: T): T =>
    allowed.includes(x as T) ? (x as T) : fallback;
  const size =
    typeof v.size === 'number' && v.size >= SIZE_RANGE.min && v.size <= SIZE_RANGE.max ? v.size : DEFAULT_SETTINGS.size;
  return {
    theme: pick(v.theme, THEMES, DEFAULT_SETTINGS.theme),
    font: pick(v.font, FONTS, DEFAULT_SETTINGS.font),
    size,
    width: pick(v.width, WIDTHS, DEFAULT_SETTINGS.width),
    lineHeight: pick(v.lineHeight, LINE_HEIGHTS, DEFAULT_SETTINGS.lineHeight),
  };
}

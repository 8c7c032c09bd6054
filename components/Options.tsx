import { useEffect, useState } from 'preact/hooks';
import { loadSettings, saveSettings, watchSettings } from '../utils/shared/settings-store';
import { removeAlwaysSite } from '../utils/shared/sites';
import {
  DEFAULT_SETTINGS,
  FONTS,
  LINE_HEIGHTS,
  THEMES,
  WIDTHS,
  SIZE_RANGE,
  type ReaderSettings,
} from '../utils/shared/settings';
import { t } from '../utils/shared/i18n';
import { useAlwaysSites } from './useAlwaysSites';

/** The options page: reader view defaults and the sites always opened in reader view. */
export function Options() {
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_SETTINGS);
  const sites = useAlwaysSites();
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  const change = (patch: Partial<ReaderSettings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    void saveSettings(next);
  };
  const sizes: number[] = [];
  for (let s = SIZE_RANGE.min; s <= SIZE_RANGE.max; s += SIZE_RANGE.step) sizes.push(s);

  return (
    <main class="panel options" data-theme={settings.theme}>
      <h1>{t('optionsTitle')}</h1>
      <section aria-labelledby="look-h">
        <h2 id="look-h">{t('readerLook')}</h2>
        <Field
          label={t('settingTheme')}
          name="theme"
          value={settings.theme}
          options={THEMES.map((v) => [v, t(`theme_${v}`)])}
          onChange={(v) => change({ theme: v as ReaderSettings['theme'] })}
        />
        <Field
          label={t('settingFont')}
          name="font"
          value={settings.font}
          options={FONTS.map((v) => [v, t(`font_${v}`)])}
          onChange={(v) => change({ font: v as ReaderSettings['font'] })}
        />
        <Field
          label={t('settingSize')}
          name="size"
          value={String(settings.size)}
          options={sizes.map((v) => [String(v), `${v} px`])}
          onChange={(v) => change({ size: Number(v) })}
        />
        <Field
          label={t('settingWidth')}
          name="width"
          value={String(settings.width)}
          options={WIDTHS.map((v) => [String(v), `${v} em`])}
          onChange={(v) => change({ width: Number(v) })}
        />
        <Field
          label={t('settingLineHeight')}
          name="lineHeight"
          value={String(settings.lineHeight)}
          options={LINE_HEIGHTS.map((v) => [String(v), String(v)])}
          onChange={(v) => change({ lineHeight: Number(v) })}
        />
      </section>
      <section aria-labelledby="sites-h">
        <h2 id="sites-h">{t('alwaysSites')}</h2>
        {sites.length === 0 ? (
          <p class="empty">{t('noAlwaysSites')}</p>
        ) : (
          <ul class="sites">
            {sites.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button type="button" onClick={() => void removeAlwaysSite(site)}>
                  {t('removeSite')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="keys-h">
        <h2 id="keys-h">{t('shortcuts')}</h2>
        <p>{t('shortcutsBody')}</p>
      </section>
    </main>
  );
}

function Field(props: {
  label: string;
  name: string;
  value: string;
  options: Array<[string, string]>;
  onChange: (v: string) => void;
}) {
  const id = `field-${props.name}`;
  return (
    <p class="field">
      <label for={id}>{props.label}</label>
      <select
        id={id}
        name={props.name}
        value={props.value}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </p>
  );
}

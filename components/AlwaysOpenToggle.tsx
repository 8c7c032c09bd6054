import { useState } from 'preact/hooks';
import { addAlwaysSite, removeAlwaysSite, siteOf } from '../utils/shared/sites';
import { t } from '../utils/shared/i18n';
import { useAlwaysSites } from './useAlwaysSites';

/** "Always open this site in reader view": asks for the site's permission when ticked. */
export function AlwaysOpenToggle({ url }: { url: string }) {
  const sites = useAlwaysSites();
  const [refused, setRefused] = useState(false);
  const site = siteOf(url);
  if (!site) return null;
  const host = new URL(site).host;
  const onChange = (e: Event) => {
    const checked = (e.currentTarget as HTMLInputElement).checked;
    // permissions.request must run inside the click itself: no await before it.
    if (checked) void addAlwaysSite(site).then((granted) => setRefused(!granted));
    else void removeAlwaysSite(site);
  };
  return (
    <p class="always">
      <label>
        <input type="checkbox" checked={sites.includes(site)} onChange={onChange} /> {t('alwaysOpen', host)}
      </label>
      {refused && (
        <span class="note" role="status">
          {t('permissionRefused')}
        </span>
      )}
    </p>
  );
}

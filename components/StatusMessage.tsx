import type { TabState } from '../utils/shared/messages';
import { errorText, t } from '../utils/shared/i18n';
import { webAddress } from '../utils/pipeline/url';
import { retryHelps } from '../utils/pipeline/error-message';
import { waitsForReader } from '../utils/shared/access';

interface Props {
  state: Exclude<TabState, { status: 'ready' | 'loading' }>;
  onActivate: () => void;
}

/** What the panel says when it has no article to show: never a blank panel. */
export function StatusMessage({ state, onActivate }: Props) {
  if (state.status === 'error' && waitsForReader(state.error)) {
    // Not a failure: the browser waits for the reader's own go-ahead, and the sentence says where.
    return (
      <div class="status access" role="status">
        <h2>{t('errorNeedsAccess')}</h2>
        <p class="message">{errorText(state.error)}</p>
      </div>
    );
  }
  if (state.status === 'error') {
    return (
      <div class={`status error error-${state.error.code}`} role="alert">
        <h2>{titleFor(state.error.code)}</h2>
        <p class="message">{errorText(state.error)}</p>
        {/* Only web pages are offered as links: the address came from the page's own markup. */}
        {webAddress(state.error.url) && (
          <a class="button primary" href={state.error.url} target="_blank" rel="noopener noreferrer">
            {t('openFrame')}
          </a>
        )}
        {retryHelps(state.error) && (
          <button type="button" class="primary" onClick={onActivate}>
            {t('tryAgain')}
          </button>
        )}
      </div>
    );
  }
  return (
    <div class="status idle">
      <h2>{t('idleTitle')}</h2>
      <p>{t('idleBody')}</p>
      <button type="button" class="primary" onClick={onActivate}>
        {t('openReader')}
      </button>
    </div>
  );
}

function titleFor(code: string): string {
  switch (code) {
    case 'not-article':
      return t('errorNotArticle');
    case 'restricted':
      return t('errorRestricted');
    case 'in-frame':
      return t('errorInFrame');
    case 'too-large':
      return t('errorTooLarge');
    default:
      return t('errorFailed');
  }
}

import type { TabState } from '../utils/shared/messages';
import { errorText, t } from '../utils/shared/i18n';
import { webAddress } from '../utils/pipeline/url';

interface Props {
  state: Exclude<TabState, { status: 'ready' }>;
  onActivate: () => void;
}

/** What the panel says when it has no article to show: never a blank panel. */
export function StatusMessage({ state, onActivate }: Props) {
  if (state.status === 'loading') {
    return (
      <div class="status" role="status" aria-live="polite">
        <div class="spinner" aria-hidden="true" />
        <p>{t('loading', 'Reading the article…')}</p>
      </div>
    );
  }
  if (state.status === 'error') {
    const canRetry = state.error.code === 'failed' || state.error.code === 'too-large';
    return (
      <div class={`status error error-${state.error.code}`} role="alert">
        <h2>{titleFor(state.error.code)}</h2>
        <p class="message">{errorText(state.error)}</p>
        {/* Only web pages are offered as links: the address came from the page's own markup. */}
        {webAddress(state.error.url) && (
          <a class="button primary" href={state.error.url} target="_blank" rel="noopener noreferrer">
            {t('openFrame', 'Open the article on its own')}
          </a>
        )}
        {canRetry && (
          <button type="button" class="primary" onClick={onActivate}>
            {t('tryAgain', 'Try again')}
          </button>
        )}
      </div>
    );
  }
  return (
    <div class="status idle">
      <h2>{t('idleTitle', 'Read this page with Lede')}</h2>
      <p>{t('idleBody', 'Lede shows the article without clutter and lists the companies, quotes and claims in it.')}</p>
      <button type="button" class="primary" onClick={onActivate}>
        {t('openReader', 'Open reader view')}
      </button>
    </div>
  );
}

function titleFor(code: string): string {
  switch (code) {
    case 'not-article':
      return t('errorNotArticle', 'No article here');
    case 'restricted':
      return t('errorRestricted', 'Lede cannot read this page');
    case 'in-frame':
      return t('errorInFrame', 'The article is in a frame');
    case 'too-large':
      return t('errorTooLarge', 'This page is too large');
    default:
      return t('errorFailed', 'Something went wrong');
  }
}

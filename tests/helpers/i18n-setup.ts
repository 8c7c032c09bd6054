// Unit tests read the UI in English: browser.i18n.getMessage (WXT's fakeBrowser, which has no
// i18n of its own) answers from public/_locales/en/messages.json, as a browser would.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { englishMessage } from '../../scripts/locale';

fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) =>
  englishMessage(key, substitutions)) as typeof fakeBrowser.i18n.getMessage;

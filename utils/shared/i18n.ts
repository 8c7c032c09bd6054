import { browser } from 'wxt/browser';

/** A UI string from `_locales`, or the English fallback when the key is missing (tests, Node). */
export function t(key: string, fallback: string, substitutions?: string | string[]): string {
  try {
    const getMessage = browser.i18n.getMessage as (name: string, subs?: string | string[]) => string;
    return getMessage(key, substitutions) || fallback;
  } catch {
    return fallback;
  }
}

import { browser } from 'wxt/browser';
import { errorMessage } from '../pipeline/error-message';
import type { LedeError } from '../pipeline/types';
// Types only: the strings themselves reach the reader through browser.i18n, never a bundle.
import type messages from '../../public/_locales/en/messages.json';

/** A key of `public/_locales/en/messages.json`: a key that is not there fails typecheck. */
export type MessageKey = keyof typeof messages;

/** Looks a UI string up by key (browser.i18n in the extension). */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

/**
 * A UI string from `_locales`, in the reader's language. A key the browser does not know comes
 * back as itself, so a missing string shows where it is missing instead of leaving a blank.
 */
export const t: Translate = (key, substitutions) => message(key, substitutions) || key;

/** An error as the reader reads it, in their language. */
export function errorText(error: LedeError): string {
  const { keys, substitutions } = errorMessage(error);
  for (const key of keys) {
    const text = message(key, substitutions);
    if (text) return text;
  }
  return error.code;
}

function message(key: string, substitutions?: string | string[]): string {
  try {
    const getMessage = browser.i18n.getMessage as (name: string, subs?: string | string[]) => string;
    return getMessage(key, substitutions);
  } catch {
    return '';
  }
}

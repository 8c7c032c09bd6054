import { browser } from 'wxt/browser';
import { errorMessage } from '../pipeline/error-message';
import type { LedeError } from '../pipeline/types';

/** A UI string from `_locales`, or the English fallback when the key is missing (tests, Node). */
export function t(key: string, fallback: string, substitutions?: string | string[]): string {
  return message(key, substitutions) || fallback;
}

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

// The English `_locales` messages in Node, rendered as browser.i18n.getMessage renders them.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorMessage } from '../utils/pipeline/error-message';
import type { LedeError } from '../utils/pipeline/types';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const messages = JSON.parse(
  // A path, not a URL: under jsdom (unit tests) `URL` is jsdom's, which fs does not take.
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../public/_locales/en/messages.json'), 'utf8'),
) as Messages;

/**
 * Named placeholders ($NAME$) become their content ($1 …), which takes the substitutions; `$$`
 * is a dollar sign; an unknown key is ''. Also what browser.i18n.getMessage answers in unit tests.
 */
export function englishMessage(key: string, substitutions: string | string[] = []): string {
  const entry = messages[key];
  if (!entry) return '';
  const subs = typeof substitutions === 'string' ? [substitutions] : substitutions;
  return entry.message
    .replace(/\$(\w+)\$/g, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '')
    .replace(/\$(\$|\d)/g, (_, n: string) => (n === '$' ? '$' : (subs[Number(n) - 1] ?? '')));
}

export function englishError(error: LedeError): string {
  const { keys, substitutions } = errorMessage(error);
  for (const key of keys) {
    const text = englishMessage(key, substitutions);
    if (text) return text;
  }
  return error.code;
}

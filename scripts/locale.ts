// The English `_locales` messages in Node, rendered as browser.i18n.getMessage renders them.
import { readFileSync } from 'node:fs';
import { errorMessage } from '../utils/pipeline/error-message';
import type { LedeError } from '../utils/pipeline/types';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const messages = JSON.parse(
  readFileSync(new URL('../public/_locales/en/messages.json', import.meta.url), 'utf8'),
) as Messages;

/** Named placeholders ($NAME$) become their content ($1 …), which takes the substitutions. */
export function englishMessage(key: string, substitutions: string[] = []): string {
  const entry = messages[key];
  if (!entry) return '';
  return entry.message
    .replace(/\$(\w+)\$/g, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '')
    .replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
}

export function englishError(error: LedeError): string {
  const { keys, substitutions } = errorMessage(error);
  for (const key of keys) {
    const text = englishMessage(key, substitutions);
    if (text) return text;
  }
  return error.code;
}

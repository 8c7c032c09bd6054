import type { LedeError, LedeErrorCode, LedeErrorParams } from './types';

/** The order in which an error's params fill a message's placeholders ($1 … $5 in `_locales`). */
const PARAM_ORDER = ['value', 'max', 'host', 'detail', 'shortcut'] as const satisfies (keyof LedeErrorParams)[];

/**
 * Where an error's sentence is in `_locales`: `error_<code>_<reason>`, or `error_<code>` for a
 * code without reasons (and as the fallback for a reason without a sentence of its own).
 */
export function errorMessage(error: LedeError): { keys: string[]; substitutions: string[] } {
  const general = `error_${error.code}`.replace(/-/g, '_');
  const reason = error.params?.reason;
  return {
    keys: reason ? [`${general}_${reason.replace(/-/g, '_')}`, general] : [general],
    substitutions: PARAM_ORDER.map((name) => {
      const value = error.params?.[name];
      return typeof value === 'number' ? value.toLocaleString() : (value ?? '');
    }),
  };
}

/**
 * Whether asking again can end otherwise. A failure (a page that did not answer, a script that
 * did not run) may pass the next time; a page too large, not an article, in a foreign frame or
 * closed to extensions is the same page the next time, and a retry would only fail again.
 */
const RETRY_HELPS: Record<LedeErrorCode, boolean> = {
  failed: true,
  'not-article': false,
  'too-large': false,
  restricted: false,
  'in-frame': false,
  unreadable: false,
};

export function retryHelps(error: LedeError): boolean {
  return RETRY_HELPS[error.code];
}

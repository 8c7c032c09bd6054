import { REPORTING_VERBS } from '../vocabulary';
import { anyOf } from '../text/pattern';

/** A regex group for the verbs that attribute speech or writing. */
export const SPEECH_VERB = anyOf(REPORTING_VERBS);

export const SPEECH_VERB_RE = new RegExp(`\\b${SPEECH_VERB}\\b`, 'i');

import { REPORTING_VERBS } from '../vocabulary';
import { anyOf } from '../text/pattern';

/** A regex group for the verbs that attribute speech or writing. */
export const SPEECH_VERB = anyOf(REPORTING_VERBS.all);

export const SPEECH_VERB_RE = new RegExp(`\\b${SPEECH_VERB}\\b`, 'i');

const TO_LISTENER = new Set(REPORTING_VERBS.toListener);
/** The verbs after which a name is the speaker's ("said Ross"), not the listener's ("told Reuters"). */
export const SPEAKER_AFTER_VERB = anyOf(REPORTING_VERBS.all.filter((v) => !TO_LISTENER.has(v)));

const ALSO_NOUNS = new Set(REPORTING_VERBS.alsoNouns);
/** The verbs that, wherever they stand, attribute speech: not "calls" in "phone calls". */
export const SURE_SPEECH_VERB = anyOf(REPORTING_VERBS.all.filter((v) => !ALSO_NOUNS.has(v)));

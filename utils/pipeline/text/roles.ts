import { ABBREVIATIONS, HONORIFICS, ROLE_WORDS } from '../vocabulary';

const SHORT_FORMS = new Set([...HONORIFICS, ...ABBREVIATIONS.all]);

/**
 * The role words spelt out ("minister", "analyst"), without honorifics and abbreviations
 * ("Mr", "Sen"), which stand before a name, never after it or in an apposition.
 */
export const OFFICES: readonly string[] = ROLE_WORDS.roles.filter((w) => !SHORT_FORMS.has(w));

/** Words for a business's people: "analyst", "chief", "vice president", "employee". */
export const BUSINESS_ROLES: readonly string[] = [...ROLE_WORDS.corporate, ...ROLE_WORDS.workforce];

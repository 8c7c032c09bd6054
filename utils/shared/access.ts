import type { LedeError } from '../pipeline/types';

/**
 * A web page Lede has not been let into yet: the reasons of a 'restricted' error the reader can
 * lift, by a click on Lede's toolbar button, its shortcut (`-key`: the reader has one set), or
 * by allowing the request Lede made in the browser's own menu (`needs-allow`, Chrome 133+).
 */
const ACCESS_REASONS = ['needs-click', 'needs-click-key', 'needs-allow', 'needs-allow-key'] as const;
export type AccessReason = (typeof ACCESS_REASONS)[number];

export function accessReason(asked: boolean, shortcut: string): AccessReason {
  return `${asked ? 'needs-allow' : 'needs-click'}${shortcut ? '-key' : ''}`;
}

/** The page waits for the reader to let Lede in, rather than being one Lede may never read. */
export function waitsForReader(error: LedeError): boolean {
  return error.code === 'restricted' && (ACCESS_REASONS as readonly string[]).includes(error.params?.reason ?? '');
}

/** Lede asked the browser for the page's site: granting it should read the page at once. */
export function waitsForAllow(error: LedeError): boolean {
  return waitsForReader(error) && error.params!.reason!.startsWith('needs-allow');
}

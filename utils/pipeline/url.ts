/**
 * `value` as an absolute http(s) address, resolved against `base`; null for anything else
 * (`javascript:`, `data:`, a browser page, text that is not an address). Addresses taken from a
 * page's markup go through this before Lede shows or links them.
 */
export function webAddress(value: string | null | undefined, base?: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

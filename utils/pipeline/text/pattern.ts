/** A regex group matching any of the words or phrases, tried in the order given. */
export function anyOf(words: readonly string[]): string {
  return `(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
}

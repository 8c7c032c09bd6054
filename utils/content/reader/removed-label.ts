import type { RemovedItem, RemovedKind } from '../../pipeline/types';

/** Looks a UI string up by key (browser.i18n in the extension), with its English fallback. */
export type Translate = (key: string, fallback: string) => string;
const english: Translate = (_key, fallback) => fallback;

const NOUNS: Record<RemovedKind, [string, string]> = {
  ad: ['ad', 'ads'],
  'also-read': ['“Also read” link', '“Also read” links'],
  related: ['related-stories block', 'related-stories blocks'],
  newsletter: ['newsletter box', 'newsletter boxes'],
  share: ['share bar', 'share bars'],
  comments: ['comment prompt', 'comment prompts'],
  promo: ['promo', 'promos'],
  furniture: ['byline or credit line', 'byline and credit lines'],
  duplicate: ['repeated paragraph', 'repeated paragraphs'],
};

/** Message keys: removed_ad_one, removed_ad_other, removed_also_read_one... */
const keyOf = (kind: RemovedKind, count: number) =>
  `removed_${kind.replace(/-/g, '_')}_${count === 1 ? 'one' : 'other'}`;

export function kindLabel(kind: RemovedKind, count = 1, t: Translate = english): string {
  return t(keyOf(kind, count), NOUNS[kind][count === 1 ? 0 : 1]);
}

/** "2 ads, 1 “Also read” link, 1 repeated paragraph removed". */
export function removedSummary(items: readonly RemovedItem[], t: Translate = english): string {
  if (items.length === 0) return t('nothingRemoved', 'Nothing removed');
  const counts = new Map<RemovedKind, number>();
  for (const item of items) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, n]) => `${n} ${kindLabel(kind, n, t)}`);
  return `${parts.join(', ')} ${t('removedSuffix', 'removed')}`;
}

/** Every message key this module looks up, with its English text, for the locale file. */
export function removedMessages(): Record<string, string> {
  const out: Record<string, string> = { nothingRemoved: 'Nothing removed', removedSuffix: 'removed' };
  for (const [kind, [one, other]] of Object.entries(NOUNS) as Array<[RemovedKind, [string, string]]>) {
    out[keyOf(kind, 1)] = one;
    out[keyOf(kind, 2)] = other;
  }
  return out;
}

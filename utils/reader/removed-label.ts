import type { RemovedItem, RemovedKind } from '../types';

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

export function kindLabel(kind: RemovedKind, count = 1): string {
  return NOUNS[kind][count === 1 ? 0 : 1];
}

/** "2 ads, 1 “Also read” link, 1 repeated paragraph removed". */
export function removedSummary(items: readonly RemovedItem[]): string {
  if (items.length === 0) return 'Nothing removed';
  const counts = new Map<RemovedKind, number>();
  for (const item of items) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, n]) => `${n} ${kindLabel(kind, n)}`);
  return `${parts.join(', ')} removed`;
}

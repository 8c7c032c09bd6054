import type { RemovedItem, RemovedKind } from '../../pipeline/types';
import { t as translate, type Translate } from '../../shared/i18n';

/** 'also-read' → 'also_read': message keys have no dashes. */
type Snake<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${Snake<B>}` : S;

/** removed_ad_one, removed_ad_other, removed_also_read_one…: every kind has both in messages.json, or typecheck fails. */
const keyOf = (kind: RemovedKind, count: number) =>
  `removed_${kind.replace(/-/g, '_') as Snake<RemovedKind>}_${count === 1 ? 'one' : 'other'}` as const;

export function kindLabel(kind: RemovedKind, count = 1, t: Translate = translate): string {
  return t(keyOf(kind, count));
}

/** "2 ads, 1 “Also read” link, 1 repeated paragraph removed". */
export function removedSummary(items: ReadonlyArray<Pick<RemovedItem, 'kind'>>, t: Translate = translate): string {
  if (items.length === 0) return t('nothingRemoved');
  const counts = new Map<RemovedKind, number>();
  for (const item of items) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, n]) => `${n} ${kindLabel(kind, n, t)}`);
  return `${parts.join(', ')} ${t('removedSuffix')}`;
}

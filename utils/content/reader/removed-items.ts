import type { RemovedItem } from '../../pipeline/types';
import { kindLabel, removedSummary } from './removed-label';
import type { Ui } from './ui';

/** The foot list of what cleaning removed, each item with a button that puts it back (once). */
export function removedItems(
  removed: readonly RemovedItem[],
  ui: Ui,
  putBack: (item: RemovedItem, index: number) => void,
): HTMLElement {
  const { t } = ui;
  const aside = ui.own(ui.el('aside', { class: 'lede-removed', 'aria-label': t('removedLabel') }));
  const details = ui.el('details');
  details.append(ui.el('summary', {}, removedSummary(removed, t)));
  const list = ui.el('ul');
  removed.forEach((item, i) => {
    const kind = kindLabel(item.kind, 1, t);
    const li = ui.el('li');
    li.append(ui.el('span', {}, `${kind}: ${item.text || t('noText')}`));
    const put = ui.button(t('putBack'), `${t('putBack')}: ${kind}`, () => {
      putBack(item, i);
      put.disabled = true;
    });
    li.append(put);
    list.append(li);
  });
  details.append(list);
  aside.append(details);
  return aside;
}

// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { removedItems } from '../../../../utils/content/reader/removed-items';
import { Ui } from '../../../../utils/content/reader/ui';
import type { RemovedItem } from '../../../../utils/pipeline/types';
import { trustedClick } from '../../../helpers/dom';

const ui = new Ui(document);
const removed = [
  { kind: 'ad', text: '', html: '<div>Ad</div>', after: null },
  { kind: 'also-read', text: 'Also read: more', html: '<p>Also read: more</p>', after: 'p2' },
] as unknown as RemovedItem[];

describe('removedItems', () => {
  it('sums up what was removed and lists each item', () => {
    const aside = removedItems(removed, ui, vi.fn());
    expect(aside.querySelector('summary')?.textContent).toBe('1 ad, 1 “Also read” link removed');
    expect(Array.from(aside.querySelectorAll('li span')).map((s) => s.textContent)).toEqual([
      'ad: (no text)',
      '“Also read” link: Also read: more',
    ]);
  });

  it('puts an item back once', () => {
    const putBack = vi.fn();
    const aside = removedItems(removed, ui, putBack);
    const button = aside.querySelectorAll('button')[1]!;
    trustedClick(button);
    trustedClick(button);
    expect(putBack).toHaveBeenCalledTimes(1);
    expect(putBack).toHaveBeenCalledWith(removed[1], 1);
    expect(button.disabled).toBe(true);
  });
});

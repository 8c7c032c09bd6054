import { describe, expect, it } from 'vitest';
import { articleFrom, articlePage } from '../../../helpers/dom';

const LEDE = 'The city council voted on Monday to close the old harbour bridge to cars from next spring.';
const QUOTE = 'We cannot keep patching a bridge that was built for horses';

function count(text: string, fragment: string): number {
  return text.split(fragment).length - 1;
}

describe('repeated paragraphs', () => {
  it('removes the highlights box copy and keeps the body copy', () => {
    const article = articleFrom(
      articlePage(`
<div class="story-highlights"><h4>Story highlights</h4><ul><li>${LEDE}</li></ul></div>
<p>${LEDE}</p>
<p>Engineers had warned for years that the deck was failing, and repairs cost more each winter than the year before.</p>`),
    );
    expect(count(article.text, LEDE)).toBe(1);
    const copy = article.removed.find((r) => r.kind === 'duplicate');
    expect(copy?.text).toContain(LEDE);
    // The copy that stays is the body's paragraph, not the list item.
    expect(article.paragraphs.find((p) => p.text === LEDE)?.role).toBe('text');
  });

  it('removes a pull quote that repeats part of a paragraph', () => {
    const article = articleFrom(
      articlePage(`
<p>"${QUOTE}," the mayor said, adding that buses would take the bridge's place until a new crossing opened.</p>
<blockquote class="pullquote"><p>${QUOTE}</p></blockquote>`),
    );
    expect(count(article.text, QUOTE)).toBe(1);
    expect(article.text).toContain('the mayor said');
    expect(article.removed.map((r) => r.kind)).toContain('duplicate');
  });

  it('keeps repeated signatures of embedded posts', () => {
    const sig = '— The City Council (@citycouncil) October 9, 2018';
    const article = articleFrom(
      articlePage(`
<blockquote><p>The vote on the bridge passed by nine votes to two this afternoon.</p><p>${sig}</p></blockquote>
<blockquote><p>Buses will replace the car lanes on the bridge from next spring onwards.</p><p>${sig}</p></blockquote>`),
    );
    expect(count(article.text, sig)).toBe(2);
  });
});

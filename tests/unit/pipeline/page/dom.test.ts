import { describe, expect, it } from 'vitest';
import { closestTag, hasDescendant, metaContent } from '../../../../utils/pipeline/page/dom';
import { parseHtml } from '../../../helpers/dom';

const doc = (html: string) => parseHtml(html).window.document;
const TABLE = new Set(['TABLE']);

describe('tag walks', () => {
  it('finds a tag anywhere below, past siblings and back up several levels', () => {
    const root = doc(
      '<div id="r"><span><b><i>deep</i></b></span><span><em>x</em></span><div><span></span><table></table></div></div><table id="after"></table>',
    ).getElementById('r')!;
    expect(hasDescendant(root, TABLE)).toBe(true);
    expect(hasDescendant(root, new Set(['STRONG']))).toBe(false);
  });

  it('never looks outside the element, neither at its siblings nor its own tag', () => {
    const d = doc('<table id="r"><tbody><tr><td><span>cell</span></td></tr></tbody></table><table></table>');
    const cell = d.querySelector('td')!;
    expect(hasDescendant(cell, TABLE)).toBe(false);
    expect(hasDescendant(d.getElementById('r')!, TABLE)).toBe(false);
  });

  it('gives the element itself or its nearest ancestor of a tag', () => {
    const d = doc('<blockquote id="q"><p><em id="e">said</em></p></blockquote>');
    expect(closestTag(d.getElementById('e')!, new Set(['BLOCKQUOTE']))?.id).toBe('q');
    expect(closestTag(d.getElementById('q')!, new Set(['BLOCKQUOTE']))?.id).toBe('q');
    expect(closestTag(d.getElementById('e')!, TABLE)).toBeNull();
  });

  it('reads the first <meta> named either way, by property or by name', () => {
    const d = doc(
      '<head><meta name="description" content="d"><meta name="twitter:title" content="T1"><meta property="og:title" content="T2"></head>',
    );
    expect(metaContent(d, ['og:title', 'twitter:title'])).toBe('T1');
    expect(metaContent(d, ['og:image'])).toBeNull();
  });
});

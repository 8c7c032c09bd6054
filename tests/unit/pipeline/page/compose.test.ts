import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../../utils/pipeline/page/read-article';
import { cloneComposed } from '../../../../utils/pipeline/page/compose';
import { articleFrom, articlePage, parseHtml } from '../../../helpers/dom';

const PROSE: [string, string, string, string] = [
  'Harbour Freight Ltd said on Tuesday that it would close two depots in the north, cutting about 300 jobs by the end of the year.',
  'The company blamed lower shipping volumes and higher energy costs, and said the remaining sites would absorb the work over the next six months.',
  'Union officials said they had not been consulted and would ask for talks with management this week, according to a statement.',
  'Analysts at the port authority said volumes had fallen for three quarters in a row, the longest decline since records began in 1998.',
];

/** A news page whose story is rendered by a web component, as some publishers' front ends do. */
function componentPage() {
  const dom =
    parseHtml(`<!doctype html><html lang="en"><head><title>Harbour Freight to close depots</title></head><body>
<header><nav><a href="/">Home</a> <a href="/business">Business</a></nav></header>
<main><news-story><p slot="standfirst">The freight operator is shrinking its network after three quarters of falling volumes at the port.</p><span>Light text the shadow tree does not show.</span></news-story></main>
<footer><a href="/about">About</a></footer></body></html>`);
  const doc = dom.window.document;
  const story = doc.querySelector('news-story')!;
  const root = story.attachShadow({ mode: 'open' });
  root.innerHTML = `<style>p { color: grey; } .hidden-style-text {}</style>
<article><h1>Harbour Freight to close two depots</h1><slot name="standfirst"><p>Fallback standfirst that only shows when nothing is slotted.</p></slot>
<p>${PROSE[0]}</p><p>${PROSE[1]}</p><pull-quote></pull-quote><p>${PROSE[2]}</p><p>${PROSE[3]}</p></article>`;
  const quote = root.querySelector('pull-quote')!.attachShadow({ mode: 'open' });
  quote.innerHTML =
    '<blockquote><p>"We had no choice but to act now," the chief executive told staff in a letter.</p></blockquote>';
  return dom;
}

describe('articles rendered in shadow DOM', () => {
  it('reads the text web components show, with their slots filled and nested components composed', () => {
    const dom = componentPage();
    const result = readArticle(dom.window.document);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const text = result.article.text;
    for (const sentence of PROSE) expect(text).toContain(sentence);
    expect(text).toContain('We had no choice but to act now');
    expect(text).toContain('The freight operator is shrinking its network');
    expect(text).not.toContain('Fallback standfirst');
    expect(text).not.toContain('Light text the shadow tree does not show');
    expect(result.article.html).not.toContain('hidden-style-text');
  });

  it('leaves the live page as it was', () => {
    const dom = componentPage();
    const doc = dom.window.document;
    const before = doc.body.innerHTML;
    cloneComposed(doc);
    expect(doc.body.innerHTML).toBe(before);
    expect(doc.querySelector('news-story')!.shadowRoot!.querySelector('slot')).not.toBeNull();
  });

  it('reads closed shadow roots when it is given a way to see them', () => {
    const dom = parseHtml(articlePage('<closed-story></closed-story>'));
    const doc = dom.window.document;
    const host = doc.querySelector('closed-story')!;
    const closed = host.attachShadow({ mode: 'closed' });
    closed.innerHTML = `<p>${PROSE[0]}</p>`;
    const blind = readArticle(doc);
    const seeing = readArticle(doc, {
      shadowRootOf: (el: Element) => (el === host ? closed : el.shadowRoot),
    });
    expect(blind.ok && blind.article.text).not.toContain(PROSE[0]);
    expect(seeing.ok && seeing.article.text).toContain(PROSE[0]);
  });

  it('reads declarative shadow roots in saved HTML, as the analyze command sees them', () => {
    const html = articlePage(
      `<story-body><template shadowrootmode="open"><p>${PROSE[0]}</p><slot></slot></template><p>${PROSE[1]}</p></story-body>`,
    );
    const article = articleFrom(html);
    expect(article.text).toContain(PROSE[0]);
    expect(article.text).toContain(PROSE[1]);
    expect(article.text.indexOf(PROSE[0])).toBeLessThan(article.text.indexOf(PROSE[1]));
  });
});

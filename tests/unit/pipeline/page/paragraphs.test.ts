import { describe, expect, it } from 'vitest';
import { markParagraphs, spaceLineBreaks, wrapLooseText } from '../../../../utils/pipeline/page/paragraphs';
import { parseHtml } from '../../../helpers/dom';

function paragraphsOf(html: string): string[] {
  const root = parseHtml(`<body><div id="root">${html}</div></body>`).window.document.getElementById('root')!;
  return markParagraphs(root).map((p) => p.text);
}

describe('paragraphs', () => {
  it('puts back together a sentence whose pieces stand in blocks of their own', () => {
    // As Readability leaves a box mixing text and blocks: the text between the blocks in <p>s.
    expect(
      paragraphsOf(
        '<div><p>The fund sold its stake in </p><div><a href="/t/acme">Acme</a></div><p>, the filing shows, and bought </p><div>bonds</div><p> instead.</p></div>',
      ),
    ).toEqual(['The fund sold its stake in Acme, the filing shows, and bought bonds instead.']);
  });

  it('keeps paragraphs apart when a sentence ends between them', () => {
    expect(paragraphsOf('<div><p>The fund sold its stake.</p><p>it bought bonds instead.</p></div>')).toEqual([
      'The fund sold its stake.',
      'it bought bonds instead.',
    ]);
  });

  it('gives the text running loose between blocks paragraphs of its own', () => {
    const root = parseHtml(
      '<body><section id="root">Prices fell this week. <em>Stock is short.</em><h2>The deals</h2><a href="/x"><img src="a.jpg"></a>The best one is a monitor.<h2>More</h2>  </section></body>',
    ).window.document.getElementById('root')!;
    wrapLooseText(root);
    expect(markParagraphs(root).map((p) => p.text)).toEqual([
      'Prices fell this week. Stock is short.',
      'The deals',
      'The best one is a monitor.',
      'More',
    ]);
  });

  it('leaves a block without blocks inside as it is', () => {
    const root = parseHtml('<body><div id="root"><p>One <b>line</b>.</p></div></body>').window.document.getElementById(
      'root',
    )!;
    wrapLooseText(root);
    expect(root.innerHTML).toBe('<p>One <b>line</b>.</p>');
  });

  it('keeps the words of lines set apart by line breaks apart', () => {
    const root = parseHtml(
      '<body><div id="root"><p>Tour dates:<br>June 9, Tampa, FL<br/>June 10, Atlanta, GA</p></div></body>',
    ).window.document.getElementById('root')!;
    spaceLineBreaks(root);
    expect(markParagraphs(root).map((p) => p.text)).toEqual(['Tour dates: June 9, Tampa, FL June 10, Atlanta, GA']);
  });
});

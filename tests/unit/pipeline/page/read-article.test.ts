import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../../utils/pipeline/page/limits';
import { articleFrom, articlePage, extractFrom } from '../../../helpers/dom';

function errorCode(html: string, options: Parameters<typeof extractFrom>[1] = {}): string | null {
  const result = extractFrom(html, options);
  return result.ok ? null : result.error.code;
}

describe('limits', () => {
  const page = articlePage('<p>A short body.</p>');

  it('refuses too many elements', () => {
    expect(errorCode(page, { limits: { ...DEFAULT_LIMITS, maxElements: 10 } })).toBe('too-large');
  });

  it('refuses nesting that is too deep', () => {
    const deep = '<div>'.repeat(50) + 'deep' + '</div>'.repeat(50);
    expect(errorCode(articlePage(deep), { limits: { ...DEFAULT_LIMITS, maxDepth: 30 } })).toBe('too-large');
  });

  it('refuses too much text', () => {
    expect(errorCode(page, { limits: { ...DEFAULT_LIMITS, maxTextChars: 100 } })).toBe('too-large');
  });

  it('refuses text nested so deep that reading it would freeze the tab', () => {
    const nested = '<div>'.repeat(100) + '<p>A sentence of the page. </p>'.repeat(300) + '</div>'.repeat(100);
    const result = extractFrom(articlePage(nested), { limits: { ...DEFAULT_LIMITS, maxWork: 200_000 } });
    expect(result.ok ? null : result.error).toEqual({ code: 'too-large', params: { reason: 'work' } });
    // The same text, shallow, is within the budget.
    const flat = '<p>A sentence of the page. </p>'.repeat(300);
    expect(errorCode(articlePage(flat), { limits: { ...DEFAULT_LIMITS, maxWork: 200_000 } })).toBeNull();
  });

  it('takes a page within the default limits', () => {
    expect(errorCode(page)).toBeNull();
  });
});

describe('pages that are not articles', () => {
  it('refuses a frameset', () => {
    expect(errorCode('<html><frameset><frame src="a.html"></frameset></html>')).toBe('not-article');
  });

  it('refuses an empty page', () => {
    expect(errorCode('<!doctype html><html><head><title>x</title></head><body></body></html>')).toBe('not-article');
  });

  it('refuses a login form', () => {
    const login = `<!doctype html><html><head><title>Sign in</title></head><body><main>
<h1>Sign in to your account</h1><form><label>Email <input name="email"></label>
<label>Password <input type="password" name="pw"></label><button>Sign in</button></form>
<p>Forgot your password? <a href="/reset">Reset it</a>.</p></main></body></html>`;
    expect(errorCode(login)).toBe('not-article');
  });

  it('takes a short brief when the page declares itself an article', () => {
    const brief = (head: string) => `<!doctype html><html><head><title>Brief</title>${head}</head><body><main><div>
<p>The son of a former minister was stabbed to death in the capital on Wednesday, while another man was critically injured trying to stop the attacker, police said. A 57-year-old man was arrested at the scene.</p>
</div></main></body></html>`;
    expect(errorCode(brief(''))).toBe('not-article');
    expect(errorCode(brief('<meta property="og:type" content="article">'))).toBeNull();
    expect(errorCode(brief('<script type="application/ld+json">{"@type":"NewsArticle"}</script>'))).toBeNull();
  });
});

describe('what the article keeps', () => {
  it('keeps captions for the reader but out of the text', () => {
    const article = articleFrom(
      articlePage(
        '<figure><img src="https://news.example/a.jpg" alt=""><figcaption>The old bridge at dawn.</figcaption></figure>',
      ),
    );
    expect(article.html).toContain('The old bridge at dawn.');
    expect(article.paragraphs.find((p) => p.text === 'The old bridge at dawn.')?.role).toBe('caption');
    expect(article.text).not.toContain('The old bridge at dawn.');
  });

  it('treats a box its CMS calls a caption as one', () => {
    const article = articleFrom(
      articlePage(
        '<div class="image-caption"><p>Workers load timber outside the yard.</p><p>The yard reopened in May.</p></div>',
      ),
    );
    expect(article.paragraphs.find((p) => p.text.startsWith('Workers load'))?.role).toBe('caption');
    expect(article.text).not.toContain('Workers load');
  });

  it('treats a caption box holding a single paragraph or bare spans as one, though Readability drops the box', () => {
    const article = articleFrom(
      articlePage(
        '<div class="photo"><img src="https://news.example/b.jpg" alt=""></div><div class="caption"><p><span>Crews clear snow from the runway.</span><span> (Photo: Jane Roe)</span></p></div><div class="wp-caption-text"><span>Two ministers meet in Doha</span> <span class="credit">AP</span></div>',
      ),
    );
    expect(article.html).toContain('Crews clear snow from the runway.');
    expect(article.text).not.toContain('Crews clear snow');
    expect(article.text).not.toContain('Two ministers meet');
  });

  it('drops the byline and the date printed again above the first sentence', () => {
    const html = articlePage(`
<div class="meta-line">Jane Q. Reporter | Staff writer</div>
<div class="when">Tue 19 Nov 2019, 08.21 GMT</div>
<p>The first paragraph of the story sets out what happened at the harbour on Monday morning.</p>`).replace(
      '</title>',
      '</title><meta name="author" content="Jane Q. Reporter"><meta property="article:published_time" content="2019-11-19T08:21:00Z">',
    );
    const article = articleFrom(html);
    expect(article.text).not.toContain('Staff writer');
    expect(article.text).not.toContain('08.21 GMT');
    expect(article.text).toContain('The first paragraph');
    const removed = article.removed.filter((r) => r.kind === 'furniture').map((r) => r.text);
    expect(removed).toEqual(['Jane Q. Reporter | Staff writer', 'Tue 19 Nov 2019, 08.21 GMT']);
  });

  it('keeps a paragraph whole when the page sets pieces of its sentence in blocks', () => {
    const article = articleFrom(
      articlePage(
        '<div class="para">The harbour master said <div class="entity"><a href="/t/acme">Acme Shipping</a></div> would move its ferries to the <div class="entity"><a href="/t/north">north quay</a></div>, starting in May.</div>',
      ),
    );
    expect(article.paragraphs.map((p) => p.text)).toContain(
      'The harbour master said Acme Shipping would move its ferries to the north quay, starting in May.',
    );
    expect(article.paragraphs.map((p) => p.text)).not.toContain('Acme Shipping');
  });

  it('keeps real paragraphs of one box apart', () => {
    const article = articleFrom(
      articlePage(
        '<div><p>What happens next</p><p>The council meets again in June.</p><p>It will vote then.</p></div>',
      ),
    );
    const texts = article.paragraphs.map((p) => p.text);
    expect(texts).toContain('The council meets again in June.');
    expect(texts).toContain('It will vote then.');
  });

  it("keeps Readability's output as it is when asked", () => {
    const article = articleFrom(articlePage('<p>Advertisement</p>'), { readabilityOnly: true });
    expect(article.removed).toEqual([]);
    expect(article.text).toContain('Advertisement');
  });
});

describe('removal anchors', () => {
  it('records the paragraph each removal followed, and the rule that removed it', () => {
    const article = articleFrom(
      articlePage(`
<p>The first paragraph of the story sets out what happened at the harbour on Monday morning.</p>
<p>Advertisement</p>
<p>The second paragraph explains why the council acted when it did, and what comes next.</p>`),
    );
    const ad = article.removed.find((r) => r.kind === 'ad');
    const first = article.paragraphs.find((p) => p.text.startsWith('The first paragraph'));
    expect(ad?.after).toBe(first?.id);
    expect(ad?.rule).toBe('ad-label');
    expect(article.html).toContain(`data-lede-p="${first?.id}"`);
  });

  it('anchors a removal before the first paragraph to null', () => {
    const page = `<!doctype html><html><head><title>T</title></head><body><main><article>
<div>Advertisement</div>
${Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i + 1} of the story, long enough to be prose, says what the council decided and why it matters to people.</p>`).join('\n')}
</article></main></body></html>`;
    const ad = articleFrom(page).removed.find((r) => r.kind === 'ad');
    expect(ad?.after).toBeNull();
  });
});

describe('readArticleInSteps', () => {
  it('gives the same article as the one-task version, pausing between steps', async () => {
    const { readArticle, readArticleInSteps } = await import('../../../../utils/pipeline/page/read-article');
    const { parseHtml, readPage } = await import('../../../helpers/dom');
    const dom = parseHtml(readPage('seed-article/source.html'));
    let pauses = 0;
    const stepped = await readArticleInSteps(dom.window.document, {}, async () => {
      pauses++;
    });
    expect(pauses).toBeGreaterThanOrEqual(4);
    expect(stepped).toEqual(readArticle(dom.window.document));
  });
});

describe('readRawArticle and sanitizeArticle', () => {
  it('split the page stage where sanitising starts: together they give what readArticle gives', async () => {
    const { readArticle, readRawArticle } = await import('../../../../utils/pipeline/page/read-article');
    const { sanitizeArticle } = await import('../../../../utils/pipeline/page/sanitize');
    const { parseHtml, readPage } = await import('../../../helpers/dom');
    const dom = parseHtml(
      readPage('seed-article/source.html').replace(
        '</article>',
        '<p>The council said <img src="x" onerror="alert(1)"> nothing more, and the report ran to forty pages of detail.</p></article>',
      ),
    );
    const raw = readRawArticle(dom.window.document);
    if (!raw.ok) throw new Error(raw.error.code);
    // Before sanitising, the HTML is as Readability and the cleaning left it.
    expect(raw.article.unsafeHtml).toContain('onerror');
    const article = sanitizeArticle(raw.article, dom.window as unknown as Parameters<typeof sanitizeArticle>[1]);
    expect(article.html).not.toContain('onerror');
    expect({ ok: true, article }).toEqual(readArticle(dom.window.document));
  });
});

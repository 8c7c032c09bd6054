import { describe, expect, it } from 'vitest';
import { englishError } from '../../../../scripts/locale';
import { DEFAULT_LIMITS } from '../../../../utils/pipeline/page/limits';
import { readArticle } from '../../../../utils/pipeline/page/read-article';
import { articlePage, parseHtml } from '../../../helpers/dom';

const STORY = articlePage(
  '<p>Harbour Freight Ltd said on Tuesday that it would close two depots in the north, cutting about 300 jobs by the end of the year.</p>',
  'Harbour Freight to close depots',
);

function run(html: string, setUp: (doc: Document) => void) {
  const dom = parseHtml(html);
  setUp(dom.window.document);
  return readArticle(dom.window.document);
}

/** Fills a frame's document, as a page of the same origin loading into it would. */
function load(frame: Element, html: string) {
  const doc = (frame as HTMLIFrameElement).contentDocument!;
  doc.open();
  doc.write(html);
  doc.close();
}

/** jsdom has no layout: give the frame the size a browser would. */
function fillViewport(frame: Element) {
  (frame as HTMLElement).getBoundingClientRect = () => ({
    width: 1000,
    height: 700,
    top: 0,
    left: 0,
    right: 1000,
    bottom: 700,
    x: 0,
    y: 0,
    toJSON: () => ({}),
  });
}

const SHELL =
  '<!doctype html><html><head><title>Reader</title></head><body><nav><a href="/">Home</a></nav><iframe src="/story-frame"></iframe></body></html>';

describe('articles in frames', () => {
  it('reads the article from a same-origin frame that fills the page', () => {
    const result = run(SHELL, (doc) => {
      const frame = doc.querySelector('iframe')!;
      fillViewport(frame);
      load(frame, STORY);
    });
    expect(result.ok && result.article.text).toContain('cutting about 300 jobs');
  });

  it('names the frame, not the page around it, when the frame is over the work budget', () => {
    const dom = parseHtml(SHELL);
    const frame = dom.window.document.querySelector('iframe')!;
    fillViewport(frame);
    load(frame, articlePage('<div>'.repeat(60) + '<p>A sentence of the story. </p>'.repeat(200) + '</div>'.repeat(60)));
    const over: Document[] = [];
    const result = readArticle(dom.window.document, {
      limits: { ...DEFAULT_LIMITS, maxWork: 100_000 },
      onOverBudget: (doc) => over.push(doc),
    });
    expect(result.ok ? null : result.error.params?.reason).toBe('work');
    expect(over).toHaveLength(1);
    expect(over[0]).toBe((frame as HTMLIFrameElement).contentDocument);
  });

  it('reads the content frame of a frameset', () => {
    const result = run(
      '<html><head><title>Old site</title></head><frameset cols="20%,80%"><frame src="/menu"><frame src="/story"></frameset></html>',
      (doc) => {
        const [menu, story] = Array.from(doc.querySelectorAll('frame'));
        load(menu!, '<html><body><a href="/">Home</a> <a href="/news">News</a></body></html>');
        load(story!, STORY);
      },
    );
    expect(result.ok && result.article.title).toBe('Harbour Freight to close depots');
  });

  it('ignores small frames: an article page with an embed stays the page itself', () => {
    const result = run(STORY.replace('</article>', '<iframe src="/embed"></iframe></article>'), (doc) => {
      load(doc.querySelector('iframe')!, '<html><body><p>Embedded widget text.</p></body></html>');
    });
    expect(result.ok && result.article.text).not.toContain('Embedded widget text');
  });

  it('points the reader to a frame of another origin that holds the page', () => {
    const result = run(SHELL.replace('/story-frame', 'https://reader.other.example/story?id=7'), (doc) => {
      const frame = doc.querySelector('iframe')!;
      fillViewport(frame);
      // What a browser gives the parent page for a frame of another origin.
      Object.defineProperty(frame, 'contentDocument', { get: () => null });
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('in-frame');
    expect(result.error.url).toBe('https://reader.other.example/story?id=7');
    expect(englishError(result.error)).toContain('reader.other.example');
  });

  it('does not send the reader to a large foreign frame that is only part of a page with its own text', () => {
    const chatter = '<p>Comments, listings and links that are this page’s own, not an article. </p>'.repeat(30);
    const result = run(
      SHELL.replace('/story-frame', 'https://video.other.example/embed/7').replace('</body>', `${chatter}</body>`),
      (doc) => {
        const frame = doc.querySelector('iframe')!;
        fillViewport(frame);
        Object.defineProperty(frame, 'contentDocument', { get: () => null });
      },
    );
    expect(!result.ok && result.error.code).toBe('not-article');
  });

  it('still says "not an article" for a page with neither an article nor a main frame', () => {
    const result = run(
      '<!doctype html><html><head><title>Log in</title></head><body><form><input name="user"><button>Log in</button></form></body></html>',
      () => undefined,
    );
    expect(!result.ok && result.error.code).toBe('not-article');
  });
});

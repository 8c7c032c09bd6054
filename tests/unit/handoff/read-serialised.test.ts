import { describe, expect, it } from 'vitest';
import { readSerialised } from '../../../utils/handoff/read-serialised';
import { readRawArticle } from '../../../utils/pipeline/page/read-article';
import { serializeComposed } from '../../../utils/pipeline/page/compose';
import { parseHtml, readPage } from '../../helpers/dom';

const url = 'https://news.example/2024/story';

describe('readSerialised', () => {
  it('reads a serialised page in linkedom as the page stage reads it in a real DOM', () => {
    const dom = parseHtml(readPage('seed-article/source.html'), url);
    const here = readRawArticle(dom.window.document);
    const there = readSerialised({ html: serializeComposed(dom.window.document), url, baseUrl: url });
    if (!here.ok || !there.ok) throw new Error('not read');
    expect(there.article.text).toBe(here.article.text);
    expect(there.article.paragraphs).toEqual(here.article.paragraphs);
    expect(there.article.title).toBe(here.article.title);
    expect(there.article.url).toBe(url);
  });

  it('resolves the article’s links against the page’s base, which linkedom does not know', () => {
    const body = `<p>${'The council met on Tuesday and decided what the city will build next, after long debate. '.repeat(4)}<a href="report.pdf">The report</a></p>`;
    const html = `<html><head><title>Story</title></head><body><article>${body.repeat(4)}</article></body></html>`;
    const result = readSerialised({ html, url, baseUrl: 'https://news.example/files/' });
    if (!result.ok) throw new Error(result.error.code);
    expect(result.article.unsafeHtml).toContain('href="https://news.example/files/report.pdf"');
  });

  it('reads past the in-page work budget, which a watchdog replaces there', () => {
    const deep = `<html><head><title>Deep</title></head><body>${'<div>'.repeat(150)}<article>${`<p>${'A sentence of the story, long enough to count as prose for the gate. '.repeat(5)}</p>`.repeat(700)}</article>${'</div>'.repeat(150)}</body></html>`;
    const inPage = readRawArticle(parseHtml(deep, url).window.document);
    expect(inPage.ok ? null : inPage.error).toEqual({ code: 'too-large', params: { reason: 'work' } });
    expect(readSerialised({ html: deep, url, baseUrl: url }).ok).toBe(true);
  });
});

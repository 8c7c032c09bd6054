import { describe, expect, it } from 'vitest';
import type { WindowLike } from 'dompurify';
import { sanitizeHtml } from '../../../../utils/pipeline/page/sanitize';
import { articleFrom, articlePage, parseHtml } from '../../../helpers/dom';

const win = parseHtml('<!doctype html><body></body>').window as unknown as WindowLike;

describe('sanitizeHtml', () => {
  it('drops event handlers', () => {
    const html = sanitizeHtml(
      '<img src="https://news.example/a.jpg" onerror="alert(1)"><svg onload="alert(2)"><circle r="1"/></svg>',
      win,
    );
    expect(html).not.toMatch(/onerror|onload|alert|<svg/);
    expect(html).toContain('https://news.example/a.jpg');
  });

  it('drops javascript: links and keeps ordinary ones, opened apart', () => {
    const html = sanitizeHtml('<a href="javascript:alert(1)">x</a><a href="https://news.example/b">y</a>', win);
    expect(html).not.toContain('javascript:');
    expect(html).toContain('href="https://news.example/b"');
    expect(html).toContain('rel="noopener noreferrer"');
  });

  it('drops frames, forms, scripts, styles and base', () => {
    const html = sanitizeHtml(
      '<iframe src="https://evil.example"></iframe><form action="/x"><input name="q"><button>Go</button></form>' +
        '<script>alert(1)</script><style>body{display:none}</style><base href="https://evil.example/">' +
        '<p style="position:fixed" class="x" id="y">Text</p><object data="x.swf"></object><embed src="x.swf">',
      win,
    );
    expect(html).not.toMatch(/<iframe|<form|<input|<button|<script|<style|<base|<object|<embed|style=|class=|id=/);
    expect(html).toContain('<p>Text</p>');
  });

  it('drops data: and vbscript: URLs in links', () => {
    const html = sanitizeHtml(
      '<a href="data:text/html,<script>alert(1)</script>">x</a><a href="vbscript:msgbox">y</a>',
      win,
    );
    expect(html).not.toMatch(/data:|vbscript:/);
  });
});

describe('the article HTML', () => {
  it('carries nothing dangerous from the page', () => {
    const article = articleFrom(
      articlePage(`
<p>The council met on Monday <img src="x" onerror="alert(1)"> to vote <a href="javascript:alert(2)">on the bridge</a>.</p>
<svg onload="alert(3)"><circle r="4"/></svg>
<iframe src="https://evil.example/frame"></iframe>
<form action="https://evil.example/steal"><input name="card"></form>
<style>p { color: red }</style>
<p onclick="alert(4)" style="color:red">The vote passed by nine votes to two after a long debate in the chamber.</p>`),
    );
    expect(article.html).not.toMatch(
      /onerror|onload|onclick|javascript:|<iframe|<form|<input|<style|<svg|<script|style=/i,
    );
    expect(article.html).toContain('The vote passed');
  });

  it('resolves links against the page, never a <base> the page planted', () => {
    const page = articlePage('<p>See <a href="/report">the report</a> for the detail behind the figures.</p>').replace(
      '<head>',
      '<head><base href="javascript:alert(1)//">',
    );
    const article = articleFrom(page);
    expect(article.html).not.toContain('javascript:');
    expect(article.html).not.toContain('<base');
  });
});

import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS, copyInReader, launchForSuite, waitForReader, waitInExtensionPage } from './harness';

/**
 * The Markdown that would act when an export is rendered, once what a backslash keeps as text
 * is taken out: images, inline links other than the article's own web and mail links (their
 * destinations), autolinks and raw HTML.
 */
function liveMarkup(md: string) {
  const text = md.replace(/\\[!-/:-@[-`{-~]/g, ' ');
  const autolink = /<([a-z][a-z0-9+.-]*:[^<>\s]*)>/gi;
  return {
    images: text.match(/!\[[^\]]*\]\(/g) ?? [],
    links: [...text.matchAll(/\[[^\]]*\]\(\s*<?([^)\s>]*)/g)]
      .map((m) => m[1])
      .filter((href) => !/^(https?|mailto):/i.test(href ?? '')),
    autolinks: [...text.matchAll(autolink)].map((m) => m[1]),
    tags: text.replace(autolink, '').match(/<[a-z/!?][^>]*>?/gi) ?? [],
  };
}

/** What the page's title, site name and byline put in, kept as text (escaped) in a Markdown export. */
const METADATA_AS_TEXT = [
  '\\[rally\\](javascript:alert(1)) !\\[\\](http://evil.example/t.png) \\<img src=x onerror=alert(1)\\> \\*now\\*',
  '\\[Gazette\\](javascript:alert(2)) !\\[\\](http://evil.example/s.png) \\<b\\>Daily\\</b\\>',
  '\\[Roe\\](javascript:alert(3)) !\\[\\](http://evil.example/b.png) \\<i\\>Staff\\</i\\>',
];

/** The panel's export buttons, and the status each leaves once it has copied. */
const EXPORTS = {
  markdown: {
    label: 'Copy as Markdown',
    copied: () => document.querySelector('.export .copied')?.textContent === 'Markdown copied',
  },
  json: {
    label: 'Copy as JSON',
    copied: () => document.querySelector('.export .copied')?.textContent === 'JSON copied',
  },
};

const JSON_FIELDS = ['byline', 'claims', 'companies', 'publishedTime', 'quotes', 'siteName', 'summary', 'title', 'url'];

/** Every string in a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe.each(BROWSERS)('exports of a page that would smuggle links into them, in %s', (name) => {
  const url = `${inject('baseUrl')}/pages/hostile-exports.html`;
  const ext = launchForSuite(name);
  let page: Page;
  let panel: Page;

  /** Presses one of the panel's export buttons as the reader does, and reads what it copied. */
  async function exportFromPanel(format: keyof typeof EXPORTS): Promise<string> {
    const { label, copied } = EXPORTS[format];
    await panel.bringToFront();
    const [button] = await panel.$$(`xpath/.//div[@class="export"]/button[normalize-space()="${label}"]`);
    if (!button) throw new Error(`no "${label}" button in the panel`);
    await button.click();
    await waitInExtensionPage(panel, copied);
    return ext().readClipboard(page);
  }

  it("copies the reader's article as Markdown with the page's links, images and tags as text", async () => {
    page = await ext().openPage(url);
    panel = await ext().openPanel(url);
    await panel.click('.status.idle button.primary');
    await waitForReader(page);
    await panel.waitForSelector('ul.companies', { timeout: 20_000 });

    await copyInReader(page);
    const md = await ext().readClipboard(page);

    expect(md.split('\n')[0]).toBe(`# Markets ${METADATA_AS_TEXT[0]}`);
    for (const text of METADATA_AS_TEXT) expect(md).toContain(text);
    // The article's own text, written with entities and Markdown by the page, and its script link.
    expect(md).toContain(
      'Analysts wrote \\<img src=x onerror=alert(6)> and \\[notes\\](javascript:alert(7)) and !\\[\\](http://evil.example/p.png) in a memo, and a script link beside it.',
    );
    expect(md).toContain('Commerce Secretary Wilbur Ross said in a statement on the order.');
    expect(liveMarkup(md)).toEqual({ images: [], links: [], autolinks: [url], tags: [] });
  });

  it("copies the panel's findings as Markdown with the page's links, images and tags as text", async () => {
    const md = await exportFromPanel('markdown');
    expect(md.split('\n')[0]).toBe(`# Markets ${METADATA_AS_TEXT[0]}`);
    for (const text of METADATA_AS_TEXT) expect(md).toContain(text);
    expect(liveMarkup(md)).toEqual({ images: [], links: [], autolinks: [url], tags: [] });
  });

  it("copies the panel's findings as JSON with the named fields only, not the page's own summary", async () => {
    const text = await exportFromPanel('json');
    const json = JSON.parse(text) as Record<string, unknown> & {
      summary: object;
      companies: object[];
      quotes: object[];
      claims: object[];
    };
    expect(Object.keys(json).sort()).toEqual(JSON_FIELDS);
    expect(json.url).toBe(url);
    expect(Object.keys(json.summary).sort()).toEqual(['source', 'text']);
    expect(json.companies.length).toBeGreaterThan(0);
    expect(json.quotes.length).toBeGreaterThan(0);
    expect(json.claims.length).toBeGreaterThan(0);
    for (const c of json.companies) expect(Object.keys(c).sort()).toEqual(['aliases', 'mentions', 'name']);
    for (const q of json.quotes) expect(Object.keys(q).sort()).toEqual(['speaker', 'text']);
    for (const c of json.claims) expect(Object.keys(c).sort()).toEqual(['score', 'text']);
    // The panel holds the page's description and the start of the article's text: neither goes out.
    expect(text).not.toContain('evil.example/d.png');
    expect(Math.max(...strings(json).map((s) => s.length))).toBeLessThan(1000);
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Pages the browser tests need that are the seed article with something added: built here
 * from the one copy of the seed rather than kept as near-identical files.
 */
const seed = () => readFileSync(fileURLToPath(new URL('../pages/seed-article/source.html', import.meta.url)), 'utf8');

const HOSTILE_HEAD = `<style>
  /* A page that targets Lede's host element (whatever its name) and everything else. */
  :root > :not(head, body), :root > :not(head, body) * { display: none !important; opacity: 0 !important; visibility: hidden !important; }
  html body * { color: red !important; font-size: 2px !important; }
</style>
<base href="https://evil.example/">
</head>`;

const HOSTILE_PARAGRAPH = `<p>Security researchers at Quarkslab Inc. said the payload <img src="x" onerror="window.__pwned = 'img'"> never ran, and
    <svg onload="window.__pwned = 'svg'"><circle r="2"></circle></svg> the analysts wrote "<b>bold</b> claims <script>window.__pwned = 'quote'</script> are easy to make" in a note.
    Read the <a href="javascript:window.__pwned='link'">full report</a> or <a href="/relative/report">the summary</a>.</p>
    <iframe src="https://ads.example/frame"></iframe>
    <form action="https://evil.example/steal"><input name="q"><button>Go</button></form>
    <p>The party's also stepped in`;

const NEXT_STORY_SCRIPT = `<script>
  // Loads "the next story" the way single-page news sites do: new content, new URL, no page load.
  window.loadNextStory = function () {
    document.querySelector('.article-title').textContent = 'A different story entirely';
    history.pushState({ story: 2 }, '', '?story=2');
  };
</script>
</body>`;

// Moves the story into a closed shadow root, as publishers' web-component front ends render it.
const CLOSED_COMPONENT_SCRIPT = `<script>
  customElements.define('news-story', class extends HTMLElement {});
  const story = document.querySelector('article');
  const host = document.createElement('news-story');
  const root = host.attachShadow({ mode: 'closed' });
  story.replaceWith(host);
  root.append(story);
</script>
</body>`;

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/pages/${name}`, import.meta.url)), 'utf8');

// A "last updated 12 seconds ago" line that changes every second, as live blogs have: the page is never still.
const TICKING_CLOCK_SCRIPT = `<p id="ago">Updated 0 seconds ago</p><script>
  let seconds = 0;
  setInterval(() => (document.getElementById('ago').textContent = 'Updated ' + ++seconds + ' seconds ago'), 1000);
</script>
</body>`;

/**
 * A page that tries to keep Lede out, or to get hold of its view: names that clobber the content
 * script's globals, its own <lede-reader> defined beforehand, and a watch for the view's host that
 * records what it could get, covers the host with a copy of it, and defines its name.
 */
const DOOR_TRYING_SCRIPT = `<div id="__ledeReaderLoaded"></div>
<form id="browser"><input name="runtime" id="runtime"><input name="id"></form>
<form id="chrome"><input name="runtime" id="chrome-runtime"></form>
<script>
  window.__seen = { constructed: false, host: null, root: null, covered: false, upgraded: false };
  customElements.define('lede-reader', class extends HTMLElement {
    constructor() { super(); window.__seen.constructed = true; }
  });
  new MutationObserver(() => {
    const host = [...document.documentElement.children].find((el) => el.localName.startsWith('lede-'));
    if (!host || window.__seen.host) return;
    window.__seen.host = host.localName;
    window.__seen.root = host.shadowRoot ? 'reachable' : null;
    const copy = document.createElement(host.localName);
    copy.setAttribute('style', 'display:block;position:fixed;inset:0;z-index:2147483647;background:red');
    document.documentElement.append(copy);
    window.__seen.covered = true;
    try {
      customElements.define(host.localName, class extends HTMLElement {
        constructor() { super(); window.__seen.upgraded = true; this.attachShadow({ mode: 'open' }); }
      });
    } catch (e) { window.__seen.upgradeError = String(e); }
  }).observe(document.documentElement, { childList: true });
</script>
</body>`;

/** CSS that would hide, shrink or cover whatever sits in <html> while Lede's attribute is on it. */
const COVERING_HEAD = `<style>
  html[data-lede-reading] {
    opacity: 0 !important; filter: blur(30px) !important; transform: scale(0.1) !important; zoom: 0.3 !important;
    clip-path: inset(50%) !important; mask: linear-gradient(transparent, transparent) !important;
    visibility: hidden !important; content-visibility: hidden !important;
  }
  html::before, html::after {
    content: 'covered'; position: fixed; inset: 0; z-index: 2147483647; background: red; display: block;
  }
  :root > :not(head, body) { opacity: 0 !important; transform: translateX(-200vw) !important; }
</style>
</head>`;

/**
 * What a page chooses to say about itself, as it would smuggle links, remote images and HTML into
 * the notes a reader exports: each carries a script link, a tracking image and a tag. Exported
 * for the test that looks for them in the exports.
 */
export const EXPORT_PAYLOADS = {
  title: 'Markets [rally](javascript:alert(1)) ![](http://evil.example/t.png) <img src=x onerror=alert(1)> *now*',
  siteName: 'Evil [Gazette](javascript:alert(2)) ![](http://evil.example/s.png) <b>Daily</b>',
  byline: 'Jane [Roe](javascript:alert(3)) ![](http://evil.example/b.png) <i>Staff</i>',
  description: 'Summary [more](javascript:alert(4)) ![](http://evil.example/d.png) <iframe src=//evil.example>',
  /** Text of the article itself, as the page writes it in HTML (entities: text, not tags). */
  paragraph:
    'Analysts wrote &lt;img src=x onerror=alert(6)&gt; and [notes](javascript:alert(7)) and ' +
    '![](http://evil.example/p.png) in a memo, and <a href="javascript:alert(8)">a script link</a> beside it.',
};

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The seed, its title, site name, byline and description replaced by EXPORT_PAYLOADS wherever the page gives them. */
function hostileExports(): string {
  const source = seed();
  const split = source.indexOf('</head>');
  const seedTitle = 'Jack Ma might take another hit as US plans to ban Chinese tech companies: Report';
  const head = source
    .slice(0, split)
    .replaceAll(seedTitle, EXPORT_PAYLOADS.title)
    .replaceAll('World Desk Web Team', EXPORT_PAYLOADS.byline)
    .replaceAll('World Desk', EXPORT_PAYLOADS.siteName)
    .replace(
      /<meta name="description" content="[^"]*">/,
      `<meta name="description" content="${EXPORT_PAYLOADS.description}">`,
    );
  const body = source
    .slice(split)
    .replaceAll(seedTitle, escapeHtml(EXPORT_PAYLOADS.title))
    .replaceAll('World Desk Web Team', escapeHtml(EXPORT_PAYLOADS.byline))
    .replace('<p>After officially banning', `<p>${EXPORT_PAYLOADS.paragraph}</p>\n    <p>After officially banning`);
  return head + body;
}

const frameShell = (frame: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Reader</title>
<style>body { margin: 0; } iframe { display: block; width: 100vw; height: 92vh; border: 0; }</style></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>${frame}</body></html>`;

/**
 * 170 nested divs holding 2.75 M characters, within every size limit: Readability's passes over
 * it would hold the tab for most of a minute.
 */
function deeplyNested(): string {
  const paragraph = `<p>${'Words of a page that nests its text far deeper than any article does. '.repeat(20)}</p>`;
  const body = paragraph.repeat(Math.ceil(2_750_000 / paragraph.length));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Deep</title></head>
<body>${'<div>'.repeat(170)}<article><h1>Deep</h1>${body}</article>${'</div>'.repeat(170)}</body></html>`;
}

/**
 * The seed story under a long comment thread, each reply nested in the one before: depth x
 * characters put the page over the in-page work budget, though the story itself is ordinary.
 */
function threadedComments(): string {
  const reply = `<p>${'I have read this thread twice and still think the fees are the real story here, not the bans. '.repeat(8)}</p>`;
  const thread = `${'<div class="comment">'.repeat(90)}${reply.repeat(450)}${'</div>'.repeat(90)}`;
  return seed().replace('</article>', `</article><section class="comments"><h2>Comments</h2>${thread}</section>`);
}

export const GENERATED_PAGES: Record<string, () => string> = {
  /** The story nested deeper than Lede cleans without freezing the tab (utils/pipeline/page/limits). */
  '/pages/too-deep.html': () =>
    seed()
      .replace('<article', `${'<div>'.repeat(200)}<article`)
      .replace('</article>', `</article>${'</div>'.repeat(200)}`),
  /** The seed itself, read afresh on each request like the pages on disk. */
  '/seed.html': seed,
  /** CSS aimed at Lede's host, payloads in the article, a <base> pointing elsewhere. */
  '/pages/hostile.html': () =>
    seed().replace('</head>', HOSTILE_HEAD).replace("<p>The party's also stepped in", HOSTILE_PARAGRAPH),
  /** The seed, with a page that tries every door into Lede (see DOOR_TRYING_SCRIPT). */
  '/pages/hostile-doors.html': () => seed().replace('</body>', DOOR_TRYING_SCRIPT),
  /** The seed, with CSS that would hide or cover the reader view. */
  '/pages/hostile-cover.html': () => seed().replace('</head>', COVERING_HEAD),
  /** A single-page site that swaps the story in place. */
  '/pages/spa-article.html': () => seed().replace('</body>', NEXT_STORY_SCRIPT),
  /** The story inside a closed shadow root: invisible to a plain clone of the page. */
  '/pages/web-component.html': () => seed().replace('</body>', CLOSED_COMPONENT_SCRIPT),
  /** The live blog with a clock that changes the page every second. */
  '/pages/live-blog-clock.html': () => fixture('live-blog.html').replace('</body>', TICKING_CLOCK_SCRIPT),
  /** A thin page around a same-origin frame that holds the story. */
  '/pages/framed.html': () => frameShell('<iframe src="/seed.html" title="Story"></iframe>'),
  /** The same, with the frame from another origin (localhost rather than 127.0.0.1). */
  '/pages/foreign-frame.html': () =>
    frameShell(`<iframe title="Story"></iframe><script>
      document.querySelector('iframe').src = location.origin.replace('127.0.0.1', 'localhost') + '/seed.html';
    </script>`),
  '/pages/deeply-nested.html': deeplyNested,
  /** The seed with page-chosen metadata and text that would put links, images and HTML into exports. */
  '/pages/hostile-exports.html': hostileExports,
  '/pages/threaded-comments.html': threadedComments,
};

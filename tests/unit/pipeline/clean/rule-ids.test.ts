import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../utils/pipeline/clean';
import { addressKey, type PageInfo } from '../../../../utils/pipeline/clean/rule';
import { BLOCK_RULES, RULES } from '../../../../utils/pipeline/clean/rules';
import { parseHtml } from '../../../helpers/dom';

const PROSE =
  '<p>The central bank held its main rate on Tuesday, saying inflation had cooled faster than it expected over the summer months.</p>';
const MORE_PROSE =
  '<p>Economists had expected the pause, though several said a cut before the end of the year now looked less likely than in June.</p>';
const OWN_ADDRESS = 'https://news.example/world/story-1234';
const TITLE = 'Bank holds rates as inflation cools';

/** For each rule, an article body it removes one thing from; most put the clutter between two paragraphs. */
const EXAMPLES: Record<string, { body: string; page?: Partial<PageInfo> }> = {
  'ad-slot': { body: `${PROSE}<div id="div-gpt-ad-1234"><span>Acme</span></div>${MORE_PROSE}` },
  'ad-label': { body: `${PROSE}<p>Advertisement</p>${MORE_PROSE}` },
  'also-read-line': { body: `${PROSE}<p>Also read: <a href="/a">Markets slide as rates rise</a></p>${MORE_PROSE}` },
  'related-block': {
    body: `${PROSE}<h3>Related stories</h3><ul><li><a href="/1">Rates rise</a></li><li><a href="/2">Stocks fall</a></li></ul>${MORE_PROSE}`,
  },
  'newsletter-box': {
    body: `${PROSE}<div><p>Get our morning briefing in your inbox</p><form><input type="email"><button>Sign up</button></form></div>${MORE_PROSE}`,
  },
  'share-bar': { body: `${PROSE}<p>Share this article</p>${MORE_PROSE}` },
  'comment-prompt': { body: `${PROSE}<p>Leave a comment</p>${MORE_PROSE}` },
  'promo-line': { body: `${PROSE}<p>Download the app for breaking news alerts</p>${MORE_PROSE}` },
  'reader-call': { body: `${PROSE}<p>Follow Metro Desk on Instagram and YouTube.</p>${MORE_PROSE}` },
  'commerce-box': { body: `${PROSE}<div>from $610.00</div>${MORE_PROSE}` },
  'lead-meta': {
    body: `<div>Jane Q. Reporter | Staff writer</div>${PROSE}${MORE_PROSE}`,
    page: { byline: 'Jane Q. Reporter' },
  },
  dateline: { body: `${PROSE}<div>Updated Nov. 19, 2019 8:21 am ET</div>${MORE_PROSE}` },
  'credit-line': { body: `${PROSE}<div>(Image credit: Jane Doe/AP)</div>${MORE_PROSE}` },
  'tool-label': { body: `${PROSE}<div>Text size</div>${MORE_PROSE}` },
  'end-matter': { body: `${PROSE}<p>Jane Doe contributed to this report.</p>${MORE_PROSE}` },
  'own-address': {
    body: `${PROSE}<div><span>${OWN_ADDRESS}</span></div>${MORE_PROSE}`,
    page: { addresses: new Set([addressKey(OWN_ADDRESS)]) },
  },
  'link-rail': {
    body: `${PROSE}<div><a href="/1">Rates rise again</a> <a href="/2">Stocks fall</a> <a href="/3">Oil steadies</a></div>${MORE_PROSE}`,
  },
  'headline-link': { body: `${PROSE}<p><a href="/x">STOCKS FALL AS RATES RISE AGAIN</a></p>${MORE_PROSE}` },
  breadcrumb: {
    body: `${PROSE}<div><a href="/">Home</a> <a href="/world">World</a> Bank holds rates</div>${MORE_PROSE}`,
  },
  'image-teaser': {
    body: `${PROSE}<div><a href="https://news.example/other-story"><img src="https://news.example/t.jpg" alt=""></a><h3>TIME TRAVELLER</h3><p>Fans spot a star in an old photo</p></div>${MORE_PROSE}`,
  },
  'hover-card': {
    body: `<p>Governor <a href="/people/jane-roe">Jane Roe</a><span><a href="/people/jane-roe">Jane Q. Roe</a> <a href="/s/1">Roe signs the budget</a></span> spoke on Monday about the state's new budget and its plans.</p>${MORE_PROSE}`,
  },
  'title-copy': { body: `${PROSE}<h2>${TITLE}</h2>${MORE_PROSE}`, page: { title: TITLE } },
  'repeated-block': { body: `${PROSE}<aside><p>${PROSE.slice(3, -4)}</p></aside>${MORE_PROSE}` },
  'trailing-note': {
    body: `${PROSE}${MORE_PROSE}<p><em>Join our <a href="/forum">forums</a> to keep talking.</em></p>`,
  },
  'author-bio': {
    body: `${PROSE}${MORE_PROSE}<p>Jane Q. Reporter is a staff writer covering central banks.</p>`,
    page: { byline: 'Jane Q. Reporter' },
  },
};

const ids = [...RULES, ...BLOCK_RULES].map((r) => r.id);

describe('rule ids', () => {
  it('are unique across every registered rule', () => {
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('each have an example here', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...ids].sort());
  });

  it.each(ids)('%s is recorded on what it removes', (id) => {
    const { body, page } = EXAMPLES[id]!;
    const root = parseHtml(`<!doctype html><body><div id="root">${body}</div></body>`).window.document.getElementById(
      'root',
    )!;
    const removals = cleanArticle(root, { addresses: new Set(), title: '', ...page });
    expect(removals.map((r) => r.rule)).toEqual([id]);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { ReaderSession, type SessionDeps, type SessionView } from '../../../utils/content/session';
import type { Highlights } from '../../../utils/shared/messages';
import type { Article, PageResult } from '../../../utils/pipeline/types';
import { ledeError } from '../../../utils/pipeline/types';
import { DEFAULT_SETTINGS } from '../../../utils/shared/settings';

const article = (title: string, live = false) =>
  ({ title, url: 'https://news.example/story', live: live ? { updated: '2026-11-24T11:05:00Z' } : null }) as Article;
const success = (title = 'The story', live = false): PageResult => ({ ok: true, article: article(title, live) });
const failure: PageResult = { ok: false, error: ledeError('not-article') };
const highlights: Highlights = { companies: [], quotes: [] };

/** A view that only remembers what was asked of it. */
class FakeView implements SessionView {
  shown = false;
  offer: (() => void) | null = null;
  constructor(readonly article: Article) {}
  show = vi.fn(() => void (this.shown = true));
  hide = vi.fn(() => void (this.shown = false));
  highlight = vi.fn(() => true);
  setInsights = vi.fn();
  setSettings = vi.fn();
  offerUpdates = vi.fn((onShow: () => void) => void (this.offer = onShow));
}

function setup(reads: PageResult[] = [success()], reply?: Highlights) {
  const views: FakeView[] = [];
  let onUpdate: (() => void) | null = null;
  const stopWatching = vi.fn();
  const deps = {
    read: vi.fn(async () => reads.shift() ?? success()),
    loadSettings: vi.fn(async () => DEFAULT_SETTINGS),
    createView: vi.fn((a: Article) => {
      const view = new FakeView(a);
      views.push(view);
      return view;
    }),
    watchForUpdates: vi.fn((callback: () => void) => {
      onUpdate = callback;
      return stopWatching;
    }),
    report: vi.fn(async () => reply),
    pageChanged: vi.fn(async () => undefined),
  } satisfies SessionDeps;
  const session = new ReaderSession(deps, 'https://news.example/story');
  return { session, deps, views, stopWatching, update: () => onUpdate?.() };
}

const settled = () => new Promise((r) => setTimeout(r, 0));

describe('ReaderSession', () => {
  it('reports a read or a view that throws, so the panel never waits for ever', async () => {
    for (const broken of ['read', 'createView'] as const) {
      const { session, deps } = setup();
      deps[broken].mockImplementation(() => {
        throw new Error('the page got in the way');
      });
      await session.answer({ type: 'lede:open' });
      await settled();
      expect(deps.report).toHaveBeenCalledWith({
        ok: false,
        error: ledeError('failed', { reason: 'read', detail: 'the page got in the way' }),
      });
      expect(session.status).toBe('failed');
    }
  });

  it('reads the page once for two opens in flight, and builds one view', async () => {
    const { session, deps, views } = setup();
    expect(session.status).toBe('idle');
    const answers = [session.answer({ type: 'lede:open' }), session.answer({ type: 'lede:open' })];
    expect(session.status).toBe('reading');
    expect(await Promise.all(answers)).toEqual([{ accepted: true }, { accepted: true }]);
    await settled();
    expect(deps.read).toHaveBeenCalledTimes(1);
    expect(views).toHaveLength(1);
    expect(session.status).toBe('shown');
    expect(deps.report).toHaveBeenCalledWith(success());
  });

  it('toggles the view: hides it when shown, shows it again without reading again', async () => {
    const { session, deps, views } = setup();
    expect(await session.answer({ type: 'lede:toggle' })).toEqual({ shown: true, ok: true });
    expect(await session.answer({ type: 'lede:ping' })).toEqual({ alive: true, shown: true });
    expect(await session.answer({ type: 'lede:toggle' })).toEqual({ shown: false, ok: true });
    expect(session.status).toBe('hidden');
    expect(await session.answer({ type: 'lede:toggle' })).toEqual({ shown: true, ok: true });
    expect(deps.read).toHaveBeenCalledTimes(1);
    expect(views).toHaveLength(1);
  });

  it("hides the view at the panel's request, and only hides: a hidden view stays hidden", async () => {
    const { session } = setup();
    expect(await session.answer({ type: 'lede:hide' })).toEqual({ shown: false });
    await session.answer({ type: 'lede:open' });
    await settled();
    expect(session.status).toBe('shown');
    expect(await session.answer({ type: 'lede:hide' })).toEqual({ shown: false });
    expect(session.status).toBe('hidden');
    await session.answer({ type: 'lede:hide' });
    expect(session.status).toBe('hidden');
  });

  it('reports a failed read, and keeps it rather than reading the page again', async () => {
    const { session, deps, views } = setup([failure]);
    expect(await session.answer({ type: 'lede:toggle' })).toEqual({ shown: false, ok: false });
    expect(deps.report).toHaveBeenCalledWith(failure);
    expect(session.status).toBe('failed');
    expect(await session.answer({ type: 'lede:toggle' })).toEqual({ shown: false, ok: false });
    expect(deps.read).toHaveBeenCalledTimes(1);
    expect(views).toHaveLength(0);
  });

  it('gives the view the findings from the reply to its report', async () => {
    const { session, views } = setup([success()], highlights);
    await session.answer({ type: 'lede:toggle' });
    expect(views[0]!.setInsights).toHaveBeenCalledWith(highlights);
  });

  it('highlights a passage in the view, showing it, and finds nothing before there is one', async () => {
    const { session, views } = setup();
    expect(await session.answer({ type: 'lede:highlight', paragraphId: 'p1', text: 'x' })).toEqual({ found: false });
    await session.answer({ type: 'lede:toggle' });
    await session.answer({ type: 'lede:toggle' });
    expect(await session.answer({ type: 'lede:highlight', paragraphId: 'p2', text: 'y' })).toEqual({ found: true });
    expect(views[0]!.highlight).toHaveBeenCalledWith('p2', 'y');
    expect(session.status).toBe('shown');
  });

  it('passes settings changed elsewhere to the view', async () => {
    const { session, views } = setup();
    session.settingsChanged(DEFAULT_SETTINGS); // no view yet: nothing to do
    await session.answer({ type: 'lede:toggle' });
    session.settingsChanged({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(views[0]!.setSettings).toHaveBeenCalledWith(expect.objectContaining({ theme: 'dark' }));
  });

  it('drops the article when the page changes under it, and reads the new one on request', async () => {
    const { session, deps, views } = setup([success('Old'), success('New')]);
    session.locationIs('https://news.example/story'); // same address: nothing happens
    await session.answer({ type: 'lede:toggle' });
    session.locationIs('https://news.example/next');
    expect(views[0]!.shown).toBe(false);
    expect(session.status).toBe('idle');
    expect(deps.pageChanged).toHaveBeenCalledTimes(1);
    await session.answer({ type: 'lede:toggle' });
    expect(views.map((v) => v.article.title)).toEqual(['Old', 'New']);
  });

  it('tells the background of no change of page before anything was read', () => {
    const { session, deps } = setup();
    session.locationIs('https://news.example/next');
    expect(deps.pageChanged).not.toHaveBeenCalled();
  });

  it('does not bring back an article dropped while it was being read', async () => {
    const { session, deps, views } = setup();
    const opening = session.answer({ type: 'lede:toggle' });
    session.locationIs('https://news.example/next');
    expect(await opening).toEqual({ shown: false, ok: true });
    expect(views).toHaveLength(0);
    expect(deps.report).not.toHaveBeenCalled();
  });

  it('reads a live page again when it has new updates and the reader asks for them', async () => {
    const { session, deps, views, stopWatching, update } = setup([success('Live', true), success('Later', true)]);
    await session.answer({ type: 'lede:toggle' });
    update();
    expect(views[0]!.offerUpdates).toHaveBeenCalledTimes(1);
    views[0]!.offer!();
    await settled();
    expect(stopWatching).toHaveBeenCalled();
    expect(deps.pageChanged).toHaveBeenCalledTimes(1);
    expect(views.map((v) => [v.article.title, v.shown])).toEqual([
      ['Live', false],
      ['Later', true],
    ]);
    expect(deps.report).toHaveBeenLastCalledWith(success('Later', true));
  });

  it('keeps the view it has when a live page cannot be read again', async () => {
    const { session, deps, views, update } = setup([success('Live', true), failure]);
    await session.answer({ type: 'lede:toggle' });
    update();
    views[0]!.offer!();
    await settled();
    expect(views).toHaveLength(1);
    expect(session.status).toBe('shown');
    expect(deps.pageChanged).not.toHaveBeenCalled();
  });

  it('gives the reader their page back when the extension goes away', async () => {
    const { session, views, stopWatching } = setup([success('Live', true)]);
    await session.answer({ type: 'lede:toggle' });
    session.end();
    expect(views[0]!.hide).toHaveBeenCalled();
    expect(views[0]!.shown).toBe(false);
    expect(stopWatching).toHaveBeenCalled();
    expect(session.status).toBe('idle');
  });
});

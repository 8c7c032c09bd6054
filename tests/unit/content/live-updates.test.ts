// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchForUpdates } from '../../../utils/content/live-updates';

const settle = () => new Promise((r) => setTimeout(r, 60));

describe('watchForUpdates', () => {
  let stop: () => void = () => undefined;
  afterEach(() => stop());

  it('calls back once the live page has grown by a new update', async () => {
    document.body.innerHTML = '<div id="feed"><article><p>First update.</p></article></div>';
    const onUpdate = vi.fn();
    stop = watchForUpdates(document, onUpdate, 20);
    const post = document.createElement('article');
    post.innerHTML =
      '<p>Picket lines formed at the gates of all three ports shortly after dawn, and no containers have moved at the southern terminal since the night shift ended.</p>';
    document.getElementById('feed')!.prepend(post);
    await settle();
    expect(onUpdate).toHaveBeenCalledTimes(1);
    // It has said so: more changes do not call it again.
    document.getElementById('feed')!.append(post.cloneNode(true));
    await settle();
    expect(onUpdate).toHaveBeenCalledTimes(1);
  });

  it('ignores the small changes pages make all the time (counters, ad labels)', async () => {
    document.body.innerHTML = '<span id="count">12 readers</span><p>Body.</p>';
    const onUpdate = vi.fn();
    stop = watchForUpdates(document, onUpdate, 20);
    for (let i = 0; i < 5; i++) document.getElementById('count')!.textContent = `${13 + i} readers`;
    await settle();
    expect(onUpdate).not.toHaveBeenCalled();
  });
});

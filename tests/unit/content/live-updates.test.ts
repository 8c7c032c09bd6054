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

describe('watchForUpdates on a page that never stops changing', () => {
  afterEach(() => vi.useRealTimers());

  it('offers a new update within its longest wait while a clock ticks every second', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<span id="clock">0 seconds ago</span><div id="feed"><p>First update.</p></div>';
    const onUpdate = vi.fn();
    let seconds = 0;
    const tick = setInterval(() => {
      document.getElementById('clock')!.textContent = `${++seconds} seconds ago`;
    }, 1000);
    const stop = watchForUpdates(document, onUpdate, 1500, 5000);
    await vi.advanceTimersByTimeAsync(2500);
    const post = document.createElement('p');
    post.textContent =
      'Picket lines formed at the gates of all three ports shortly after dawn, and no containers have moved at the southern terminal since the night shift ended.';
    document.getElementById('feed')!.prepend(post);
    // The clock alone would reset a settle timer for ever: the burst is looked at after 5 s at most.
    await vi.advanceTimersByTimeAsync(5000);
    expect(onUpdate).toHaveBeenCalledTimes(1);
    clearInterval(tick);
    stop();
  });
});

/** Growth of the page's text that counts as a new update, not an ad or a counter ticking. */
const UPDATE_CHARS = 120;
/** Live pages change in bursts: look once they have been still for this long. */
const SETTLE_MS = 1500;
/**
 * Some never are still (a "12 seconds ago" clock ticking every second): look at the latest this
 * long after a burst began, so their new updates are offered all the same.
 */
const MAX_WAIT_MS = 5000;

/**
 * Watches a live page after Lede has read it and calls back once when it has grown by what
 * looks like a new update. The page's own mutations only set a timer; the text is measured at
 * most once per burst, and a burst lasts at most `maxWaitMs`, so a page that never stops
 * changing costs little and still has its updates seen.
 */
export function watchForUpdates(
  doc: Document,
  onUpdate: () => void,
  settleMs = SETTLE_MS,
  maxWaitMs = MAX_WAIT_MS,
): () => void {
  const body = doc.body;
  if (!body) return () => undefined;
  const baseline = (body.textContent ?? '').length;
  const win = doc.defaultView!;
  let timer: number | undefined;
  /** When the current burst of changes began; undefined while the page is still. */
  let burstStart: number | undefined;
  const check = () => {
    timer = undefined;
    burstStart = undefined;
    if ((body.textContent ?? '').length - baseline < UPDATE_CHARS) return;
    stop();
    onUpdate();
  };
  const observer = new win.MutationObserver(() => {
    const now = Date.now();
    burstStart ??= now;
    if (timer !== undefined) win.clearTimeout(timer);
    timer = win.setTimeout(check, Math.max(0, Math.min(settleMs, burstStart + maxWaitMs - now)));
  });
  observer.observe(body, { childList: true, subtree: true, characterData: true });
  function stop() {
    observer.disconnect();
    if (timer !== undefined) win.clearTimeout(timer);
  }
  return stop;
}

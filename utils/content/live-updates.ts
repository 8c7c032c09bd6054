/** Growth of the page's text that counts as a new update, not an ad or a counter ticking. */
const UPDATE_CHARS = 120;
/** Live pages change in bursts: look once they have been still for this long. */
const SETTLE_MS = 1500;

/**
 * Watches a live page after Lede has read it and calls back once when it has grown by what
 * looks like a new update. The page's own mutations only set a timer; the text is measured at
 * most once per burst, so a page that never stops changing costs little.
 */
export function watchForUpdates(doc: Document, onUpdate: () => void, settleMs = SETTLE_MS): () => void {
  const body = doc.body;
  if (!body) return () => undefined;
  const baseline = (body.textContent ?? '').length;
  const win = doc.defaultView!;
  let timer: number | undefined;
  const check = () => {
    timer = undefined;
    if ((body.textContent ?? '').length - baseline < UPDATE_CHARS) return;
    stop();
    onUpdate();
  };
  const observer = new win.MutationObserver(() => {
    if (timer !== undefined) win.clearTimeout(timer);
    timer = win.setTimeout(check, settleMs);
  });
  observer.observe(body, { childList: true, subtree: true, characterData: true });
  function stop() {
    observer.disconnect();
    if (timer !== undefined) win.clearTimeout(timer);
  }
  return stop;
}

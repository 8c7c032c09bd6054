import { browser } from 'wxt/browser';
import { readInPageWorker } from '../../utils/handoff/host';
import { isLedeMessage } from '../../utils/shared/messages';

// Chrome's background is a service worker, which cannot start a worker: this document does it
// for the background, and nothing else.
browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string; tab?: unknown }) => {
  // Only Lede's own background asks; a content script's message carries its tab.
  if (sender.id !== browser.runtime.id || sender.tab || !isLedeMessage(message)) return undefined;
  return message.type === 'lede:read-offscreen' ? readInPageWorker(message.page) : undefined;
});

import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readSerialised } from '../utils/handoff/read-serialised';
import type { SerialisedPage } from '../utils/shared/messages';

/** A worker that reads one page handed off by the content script (see utils/handoff). */
export default defineUnlistedScript(() => {
  const scope = self as unknown as Worker;
  scope.onmessage = (event: MessageEvent<SerialisedPage>) => scope.postMessage(readSerialised(event.data));
});

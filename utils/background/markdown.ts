import { browser } from 'wxt/browser';
import { MARKDOWN_SCRIPT } from './reader-script';

/**
 * Puts the Markdown converter into a frame whose reader asked for it. The permission that let
 * the reader in (the toolbar click's activeTab, or the site's host permission) lets this in too.
 */
export async function injectMarkdown(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [MARKDOWN_SCRIPT] });
}

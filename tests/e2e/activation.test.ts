import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe';
import { BROWSERS, launchForSuite, readerText, waitForReader } from './harness';

/**
 * The shipped build, without the e2e build's host permission: the panel is opened first, from the
 * browser's own UI as a newcomer would, and its button is pressed before Lede was let in.
 */
describe.each(BROWSERS)('the panel opened before the toolbar button, as shipped, in %s', (name) => {
  const baseUrl = inject('baseUrl');
  const ext = launchForSuite(name, { shipped: true });

  it('says which click or shortcut lets Lede in, then reads the page once the reader gives it', async () => {
    const url = `${baseUrl}/seed.html?panel-first`;
    const page = await ext().openPage(url);
    const panel = await ext().openPanel(url);
    await panel.click('.status.idle button.primary');
    await panel.waitForSelector('.status.access', { timeout: 20_000 });
    const message = await panel.$eval('.status.access .message', (e) => e.textContent!);
    expect(message).toMatch(/click Lede’s button in the (browser’s )?toolbar/);
    // The shortcut as the browser has it set, not as the manifest suggests it.
    expect(message).toContain('Alt+Shift+L');
    // Chrome 133+ can ask the reader on Lede's behalf, in its extensions menu; Firefox cannot.
    if (name === 'chromium') expect(message).toMatch(/has asked the browser for access to this site/);
    else expect(message).not.toMatch(/asked/);
    expect(await panel.$('.status.access button')).toBeNull();
    expect(await readerText(page)).toBeNull();
    expect(await axeViolations(panel, null)).toEqual([]);

    // The way the message names works: the real toolbar button, which grants activeTab.
    await ext().pressToolbarButton(page);
    await waitForReader(page);
    await panel.waitForSelector('ul.companies', { timeout: 20_000 });
  });
});

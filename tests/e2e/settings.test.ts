import { describe, expect, inject, it } from 'vitest';
import { BROWSERS, launchForSuite, openExtensionPage, waitForReader, waitInExtensionPage } from './harness';

describe.each(BROWSERS)('settings and per-site reading in %s', (name) => {
  const baseUrl = inject('baseUrl');
  const ext = launchForSuite(name);

  it('keeps reader settings across reloads and applies them to the reader view and the panel', async () => {
    const options = await openExtensionPage(ext(), 'options.html');
    await options.waitForSelector('select[name="theme"]');
    await options.select('select[name="theme"]', 'dark');
    await options.select('select[name="font"]', 'sans');
    await waitInExtensionPage(options, () => document.querySelector('main')?.getAttribute('data-theme') === 'dark');
    await options.reload({ timeout: 5000 }).catch(() => undefined); // Firefox never reports the reload done
    await waitInExtensionPage(
      options,
      () => (document.querySelector('select[name="theme"]') as HTMLSelectElement | null)?.value === 'dark',
    );
    expect(await options.$eval('select[name="font"]', (e) => (e as HTMLSelectElement).value)).toBe('sans');

    const url = `${baseUrl}/seed.html?settings`;
    const page = await ext().openPage(url);
    const panel = await ext().openPanel(url);
    expect(await panel.$eval('main.panel', (e) => e.getAttribute('data-theme'))).toBe('dark');
    await panel.click('.status.idle button.primary');
    await waitForReader(page);
    const look = await page.evaluate(() => {
      const root = document
        .querySelector(':root > :not(head, body)')!
        .shadowRoot!.querySelector('.lede-root') as HTMLElement;
      return { theme: root.dataset.theme, font: root.dataset.font, bg: getComputedStyle(root).backgroundColor };
    });
    expect(look).toMatchObject({ theme: 'dark', font: 'sans', bg: 'rgb(27, 27, 29)' });
    await Promise.all([options.close(), page.close(), panel.close()]);
  });

  it('opens a site in reader view by itself once the reader ticks "Always open"', async () => {
    const url = `${baseUrl}/seed.html?always`;
    await ext().openPage(url);
    const panel = await ext().openPanel(url);
    await panel.click('.status.idle button.primary');
    await panel.waitForSelector('.always input[type="checkbox"]', { timeout: 20_000 });
    await panel.click('.always input[type="checkbox"]');
    await waitInExtensionPage(panel, () => (document.querySelector('.always input') as HTMLInputElement).checked);

    const next = await ext().openPage(`${baseUrl}/seed.html?another-visit`);
    await waitForReader(next);

    const options = await openExtensionPage(ext(), 'options.html');
    await options.waitForSelector('.sites li button');
    expect(await options.$eval('.sites li span', (e) => e.textContent)).toBe(baseUrl);
    await options.click('.sites li button');
    await options.waitForSelector('.options .empty');
    const later = await ext().openPage(`${baseUrl}/seed.html?after-removal`);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await later.evaluate(() => document.querySelector(':root > :not(head, body)'))).toBeNull();
  });
});

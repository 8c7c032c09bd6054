// Renders the README's screenshots from the real extension in headless Chromium:
// docs/screenshot.png and docs/screenshot-dark.png (reader view with its panel), docs/theme-<name>.png,
// and docs/narrow.png (a 360 px window with the toolbar's "More" open).
// Needs the e2e build: LEDE_E2E=1 npx wxt build
import { writeFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { chooseSetting, launch, READER_HOST, waitForReader } from '../tests/e2e/harness';
import { startServer } from '../tests/e2e/server';

const server = await startServer();
const ext = await launch('chromium');
try {
  const url = `${server.url}/seed.html`;
  const page = await ext.openPage(url);
  await page.setViewport({ width: 900, height: 760 });
  const panel = await ext.openPanel(url);
  await panel.setViewport({ width: 380, height: 760 });
  await panel.click('.status.idle button.primary');
  await waitForReader(page);
  await panel.waitForSelector('ul.companies');

  const shot = async (p: Page) => {
    await p.bringToFront();
    // Theme changes and the menu's opening settle before the picture.
    await new Promise((r) => setTimeout(r, 300));
    return (await p.screenshot({ encoding: 'base64' })) as string;
  };
  const save = (path: string, base64: string) => writeFileSync(path, Buffer.from(base64, 'base64'));
  const setTheme = (theme: string) => chooseSetting(ext, page, 'theme', theme);
  const withPanel = async (path: string) => {
    const reader = await shot(page);
    const side = await shot(panel);
    const composite = await ext.browser.newPage();
    await composite.setViewport({ width: 1280, height: 760 });
    await composite.setContent(
      `<body style="margin:0;display:flex;background:#ccc"><img src="data:image/png;base64,${reader}" style="width:900px"><img src="data:image/png;base64,${side}" style="width:380px;border-left:1px solid #999"></body>`,
    );
    await composite.screenshot({ path });
    await composite.close();
  };

  for (const theme of ['light', 'sepia', 'dark']) {
    await setTheme(theme);
    save(`docs/theme-${theme}.png`, await shot(page));
  }
  // The panel follows the reader's theme through the synced settings.
  await withPanel('docs/screenshot-dark.png');
  await setTheme('light');
  await withPanel('docs/screenshot.png');

  await page.setViewport({ width: 360, height: 720 });
  await page.bringToFront();
  await page.click(`${READER_HOST} >>> .lede-more`);
  save('docs/narrow.png', await shot(page));
} finally {
  await ext.close();
  await server.close();
}

// Renders the README's screenshots from the real extension in headless Chromium:
// docs/screenshot.png (reader view with its panel) and docs/theme-<name>.png.
// Needs the e2e build: LEDE_E2E=1 npx wxt build
import { writeFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { chooseSetting, launch, waitForReader } from '../tests/e2e/harness';
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

  const shot = async (p: Page) => `data:image/png;base64,${await p.screenshot({ encoding: 'base64' })}`;
  const setTheme = (theme: string) => chooseSetting(ext, page, 'theme', theme);

  for (const theme of ['light', 'sepia', 'dark']) {
    await setTheme(theme);
    await new Promise((r) => setTimeout(r, 300));
    await page.bringToFront();
    writeFileSync(
      `docs/theme-${theme}.png`,
      Buffer.from((await page.screenshot({ encoding: 'base64' })) as string, 'base64'),
    );
  }
  await setTheme('light');
  await new Promise((r) => setTimeout(r, 300));
  await page.bringToFront();
  const reader = await shot(page);
  await panel.bringToFront();
  const side = await shot(panel);
  const composite = await ext.browser.newPage();
  await composite.setViewport({ width: 1280, height: 760 });
  await composite.setContent(
    `<body style="margin:0;display:flex;background:#ccc"><img src="${reader}" style="width:900px"><img src="${side}" style="width:380px;border-left:1px solid #999"></body>`,
  );
  await composite.screenshot({ path: 'docs/screenshot.png' });
} finally {
  await ext.close();
  await server.close();
}

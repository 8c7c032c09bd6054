import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [preact()],
  test: {
    projects: [
      {
        extends: true,
        // WXT's aliases and a fake `browser` (wxt/testing's fakeBrowser) for code that uses
        // extension APIs; the e2e project drives real browsers and needs neither.
        plugins: [WxtVitest()],
        resolve: {
          // WXT's mock `browser` takes fakeBrowser from 'wxt/testing', which also loads WXT's
          // build tools (esbuild), and those fail under jsdom: the fake alone is enough.
          alias: [{ find: /^wxt\/testing$/, replacement: 'wxt/testing/fake-browser' }],
        },
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

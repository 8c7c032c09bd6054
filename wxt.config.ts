import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The end-to-end tests cannot click the toolbar button, which is what grants `activeTab`;
// their build (LEDE_E2E=1) adds the test server's origin as a host permission instead.
const e2eHosts = process.env.LEDE_E2E ? ['http://127.0.0.1/*'] : [];

export default defineConfig({
  srcDir: '.',
  // The e2e build carries a test-only host permission: keep it apart from the real one.
  outDir: process.env.LEDE_E2E ? '.output/e2e' : '.output',
  manifestVersion: 3,
  // One promise-based `browser` for both builds, instead of Chrome's `chrome` behind WXT's alias.
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // The e2e build's content script opens the reader view's shadow root to its tests.
    define: { 'import.meta.env.LEDE_E2E': JSON.stringify(Boolean(process.env.LEDE_E2E)) },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: '__MSG_actionTitle__' },
    permissions: ['activeTab', 'scripting', 'storage', ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen'])],
    host_permissions: e2eHosts,
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandOpen__',
      },
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandToggle__',
      },
    },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'lede@lede.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Desktop Firefox takes the data-collection key from 140 (the current ESR); Android from 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    // One name per browser and manifest version: Firefox's MV2 and MV3 zips would collide by default.
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    // addons.mozilla.org reviews bundled code against its sources: ship them, without local clutter.
    excludeSources: ['scratch/**', 'bench/results.json', 'tests/e2e/__screenshots__/**', 'docs/**', '.*.ts'],
  },
});

import { defineConfig } from 'wxt';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { assertKnowledgeValid } from './lib/knowledge/validate';
import { knowledgeFiles } from './lib/knowledge/files';

const EXTENSION_PAGES_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export default defineConfig({
  modules: ['@wxt-dev/i18n/module'],
  // Auto-imports guess from names: they took the `t` of arrow functions in lib/ for the message
  // lookup and pulled the interface into the analysis core. The lookup is imported explicitly.
  imports: { dirs: ['!components/i18n.tsx'] },
  // `wxt/browser` is the webextension-polyfill, loaded so that the bundle copies nothing: see utils/browser.ts.
  vite: () => ({ plugins: [preact()], resolve: { alias: { 'wxt/browser': resolve(import.meta.dirname, 'utils/browser.ts') } } }),
  hooks: {
    // A malformed knowledge file fails the build, naming the entry and the field.
    'build:before': () => assertKnowledgeValid(knowledgeFiles()),
  },
  manifest: ({ browser }) => ({
    // Extension pages load only their own scripts, styles and images, and connect nowhere: the
    // analysis and the knowledge file are inside the extension.
    content_security_policy:
      browser === 'firefox' ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
    // The words are messages from locales/<lang>.yml, which the browser fills in:
    // __MSG_extension_name__ is `extension.name` (a dot becomes "_").
    default_locale: 'en',
    name: '__MSG_extension_name__',
    // The article script is loaded only into pages that pass the topic gate: `scripting` and
    // host access do that; the gate itself is the only script on every page.
    // `storage` keeps the reader's settings (never anything about the pages visited).
    // `contextMenus`: the "Check with Syria Lens" entry on selected text.
    permissions: ['scripting', 'storage', 'contextMenus'],
    host_permissions: ['<all_urls>'],
    // The gate (entrypoints/gate.ts), declared here as a plain script: see its header.
    // In every frame: an article may sit in a frame of the page's own origin (the gate checks).
    content_scripts: [{ matches: ['<all_urls>'], js: ['gate.js'], run_at: 'document_idle', all_frames: true }],
    commands: {
      'toggle-marks': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_commands_toggleMarks__' },
      'next-mark': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_commands_nextMark__' },
      'previous-mark': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_commands_previousMark__' },
    },
    description: '__MSG_extension_description__',
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'syria-lens@syria-lens.org',
              // The CSS Custom Highlight API that draws the marks.
              strict_min_version: '140.0',
              // No data is collected or transmitted.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads the data-collection key from version 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});

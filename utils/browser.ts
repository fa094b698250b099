/**
 * The extension API for every script: what `wxt/browser` resolves to (see wxt.config.ts).
 *
 * The browser's own `browser` namespace where there is one (Firefox; Chrome from 148), which is
 * what the webextension-polyfill hands back there; the polyfill, which wraps `chrome` in
 * promises, elsewhere. The polyfill is loaded with `require`, as the CommonJS module it is, and
 * only when needed: an ES import of it makes the bundle copy its export onto a new object,
 * property by property, which on the browser's own namespace sets up every API a content script
 * may use (storage, i18n...), about 2 ms of main-thread time on each page the article script
 * loads into (see README, Performance).
 */
import type { WxtBrowser as Browser } from 'wxt/browser';

declare const require: (id: 'webextension-polyfill') => Browser;

const own = (globalThis as { browser?: Browser }).browser;

export const browser: Browser = own?.runtime?.id ? own : require('webextension-polyfill');

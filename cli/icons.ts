/**
 * Renders assets/icon.svg to the PNG sizes the browsers and stores ask for (public/icon/N.png),
 * with the same headless Chromium the end-to-end tests use. Run after changing the icon.
 *
 *   npm run icons
 */
import { mkdirSync, readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync('assets/icon.svg', 'utf8');
mkdirSync('public/icon', { recursive: true });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
    await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  }
} finally {
  await browser.close();
}
console.log(`icons: ${SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);

/**
 * A look at the product: builds nothing itself (run `npm run build` first, or `npm run demo`,
 * which does), opens the sample Syria article in headless Chromium with the extension, hovers
 * an actor and a claim, opens the popup, and writes screenshots to .output/demo/.
 *
 *   npm run demo            (copy them to docs/ with --docs)
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { launch } from '../test/e2e/helpers/browsers';
import { startServer } from '../test/e2e/helpers/server';
import { markCentre, waitForMarks } from '../test/e2e/helpers/marks';
import { readPopup } from '../test/e2e/helpers/popup';
import { sleep } from '../test/e2e/helpers/wait';

const OUT = '.output/demo';
const shots = ['page-marks.png', 'card-actor.png', 'card-claim.png', 'popup.png'];
mkdirSync(OUT, { recursive: true });
const server = await startServer();
const lens = await launch('chromium');
try {
  const page = await lens.newPage();
  await page.setViewport({ width: 1100, height: 760 });
  await page.goto(server.url('syria-article.html'), { waitUntil: 'load' });
  await waitForMarks(page);
  await page.screenshot({ path: `${OUT}/page-marks.png` });

  for (const [name, highlight, text] of [
    ['card-actor.png', 'syria-lens-actor', 'Erdogan'],
    ['card-claim.png', 'syria-lens-claim', 'at least 20 civilians'],
  ] as const) {
    const at = await markCentre(page, highlight, text);
    await page.mouse.move(at.x, at.y);
    await sleep(600);
    await page.screenshot({ path: `${OUT}/${name}` });
    await page.mouse.move(1, 1);
    await sleep(400);
  }

  const tabId = await lens.tabIdFor(page);
  const popup = await lens.openExtensionPage(`popup.html?tabId=${tabId}`);
  await popup.setViewport({ width: 420, height: 600 });
  await readPopup(popup);
  await popup.screenshot({ path: `${OUT}/popup.png` });
} finally {
  await lens.close();
  await server.close();
}
if (process.argv.includes('--docs')) {
  mkdirSync('docs', { recursive: true });
  for (const s of shots) copyFileSync(`${OUT}/${s}`, `docs/${s}`);
}
console.log(`demo: ${shots.map((s) => `${OUT}/${s}`).join(', ')}${process.argv.includes('--docs') ? ' (copied to docs/)' : ''}`);

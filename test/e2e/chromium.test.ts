/** Chromium (CDP): the shared checks, plus the real toolbar popup opened with triggerExtensionAction. */
import { describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { highlightNames } from './helpers/marks';
import { readPopup } from './helpers/popup';
import { POPUP_SECTIONS, SYRIA_CONTEXT_IDS, browserSuite, type SuiteContext } from './suite';

async function openToolbarPopup(ctx: SuiteContext, page: Page): Promise<Page> {
  const lens = ctx.lens();
  const extension = (await lens.browser.extensions()).get(lens.extensionId);
  if (!extension) throw new Error(`extension ${lens.extensionId} is not listed by browser.extensions()`);
  await page.bringToFront();
  const t = performance.now();
  await page.triggerExtensionAction(extension);
  const target = await lens.browser.waitForTarget((x) => x.url().startsWith(`${lens.extensionOrigin}/popup.html`), { timeout: 10_000 });
  const popup = await target.asPage();
  ctx.timings.toolbarPopupOpen = performance.now() - t;
  return popup;
}

browserSuite('chromium', (ctx) => {
  describe('toolbar popup (triggerExtensionAction)', () => {
    test('on the Syria article: verdict, background, figures and actors', async () => {
      const popup = await openToolbarPopup(ctx, ctx.syriaPage());
      try {
        const reading = await readPopup(popup);
        expect(reading.sections, `popup text: ${reading.text.slice(0, 300)}`).toEqual(POPUP_SECTIONS);
        expect(reading.topic).toMatch(/^About the Syrian conflict/);
        for (const id of SYRIA_CONTEXT_IDS) expect(reading.contextIds, `context entry ${id}`).toContain(id);
        expect(reading.claims.some((c) => c.kind === 'date' && c.verdict === 'consistent' && c.text.includes('October 9'))).toBe(true);
        for (const id of ['recep-tayyip-erdogan', 'ypg', 'pkk', 'hts']) expect(reading.actorIds, `actor ${id}`).toContain(id);
      } finally {
        await popup.close().catch(() => undefined);
      }
    });

    test('on the other article: the calm not-about-Syria message and "Analyse anyway"', async () => {
      const page = ctx.otherPage();
      const popup = await openToolbarPopup(ctx, page);
      try {
        const reading = await readPopup(popup);
        expect(reading.text).toMatch(/does not look like it is about the Syrian conflict/);
        expect(reading.buttons).toContain('Analyse anyway');
        expect(await highlightNames(page), 'no marks before "Analyse anyway"').toEqual([]);
      } finally {
        await popup.close().catch(() => undefined);
      }
    });

    test('"Analyse anyway" analyses the other article and keeps the not-about-Syria verdict', async () => {
      const page = ctx.otherPage();
      const popup = await openToolbarPopup(ctx, page);
      try {
        const before = await readPopup(popup);
        expect(before.buttons).toContain('Analyse anyway');
        await popup.evaluate(() => {
          const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Analyse anyway');
          button?.click();
        });
        const after = await readPopup(popup, 10_000).then(async (r) => (r.sections.length ? r : readPopup(popup)));
        expect(after.text).toMatch(/does not look like it is about the Syrian conflict/);
        expect(after.sections).toEqual(POPUP_SECTIONS);
        expect(after.contextIds).toEqual([]);
      } finally {
        await popup.close().catch(() => undefined);
      }
    });
  });
});

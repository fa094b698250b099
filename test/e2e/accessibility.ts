/**
 * Accessibility of what Syria Lens shows: axe-core on the popup, the settings page and an open
 * card (inside its shadow root). Serious and critical violations fail the test.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { hoverAndReadCard, ACTOR } from './helpers/marks';
import { readPopup } from './helpers/popup';
import type { SuiteContext } from './suite';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe in the page (evaluated by the driver, so the page's own CSP does not stop it). */
async function seriousViolations(page: Page, include?: string): Promise<Violation[]> {
  await page.evaluate(axeSource);
  const found = (await page.evaluate(async (selector) => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(selector ? { include: [[selector]] } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, include ?? null)) as Violation[];
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export function accessibilitySuite(ctx: SuiteContext): void {
  describe('accessibility (axe-core)', () => {
    test('the popup has no serious or critical violations', async () => {
      const tabId = await ctx.lens().tabIdFor(ctx.syriaPage());
      const popup = await ctx.lens().openExtensionPage(`popup.html?tabId=${tabId}`);
      try {
        await readPopup(popup);
        expect(await seriousViolations(popup)).toEqual([]);
      } finally {
        await popup.close().catch(() => undefined);
      }
    });

    test('the settings page has no serious or critical violations', async () => {
      const options = await ctx.lens().openExtensionPage('options.html');
      try {
        await options.waitForSelector('fieldset');
        expect(await seriousViolations(options)).toEqual([]);
      } finally {
        await options.close().catch(() => undefined);
      }
    });

    test('the sources page lists every entry of the knowledge file, with no serious or critical violations', async () => {
      const popup = await ctx.lens().openExtensionPage(`popup.html?tabId=${await ctx.lens().tabIdFor(ctx.syriaPage())}`);
      let href: string | null;
      try {
        await readPopup(popup);
        href = await popup.evaluate(() => document.querySelector<HTMLAnchorElement>('.sl-footer a')?.href ?? null);
      } finally {
        await popup.close().catch(() => undefined);
      }
      expect(href, 'the popup links to the sources page').toBe(`${ctx.lens().extensionOrigin}/sources.html`);
      const sources = await ctx.lens().openExtensionPage('sources.html');
      try {
        await sources.waitForSelector('[data-entry-id]');
        const ids = await sources.evaluate(() => [...document.querySelectorAll('[data-entry-id]')].map((e) => e.getAttribute('data-entry-id')));
        for (const id of ['sochi-memorandum-2018', 'ypg', 'syria-deaths-ohchr-2021', 'ypg-pkk-link']) expect(ids).toContain(id);
        expect(await sources.evaluate(() => document.querySelectorAll('.sl-sources a[href^="https://"]').length)).toBeGreaterThan(300);
        expect(await seriousViolations(sources)).toEqual([]);
      } finally {
        await sources.close().catch(() => undefined);
      }
    });

    test('axe finds a violation where there is one (canary)', async () => {
      const options = await ctx.lens().openExtensionPage('options.html');
      try {
        await options.waitForSelector('fieldset');
        await options.evaluate(() => document.body.append(document.createElement('button')));
        expect((await seriousViolations(options)).map((v) => v.id)).toContain('button-name');
      } finally {
        await options.close().catch(() => undefined);
      }
    });

    test('an open card has no serious or critical violations', async () => {
      const page = ctx.syriaPage();
      await page.bringToFront();
      await hoverAndReadCard(page, ACTOR, 'Erdogan');
      expect(await seriousViolations(page, 'syria-lens-card')).toEqual([]);
    });
  });
}

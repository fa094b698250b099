/**
 * The reader's controls, end to end: the popup's per-site switch, the settings page's kinds of
 * marks, and the keyboard commands, each seen in the page's marks and card.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { ACTOR, CLAIM, highlightNames, hoverAndReadCard, markTexts, waitForMarks } from './helpers/marks';
import { waitFor } from './helpers/wait';
import type { SuiteContext } from './suite';

/** What Syria Lens left in the page: highlight names, the card host, the mark style. */
function traces(page: Page) {
  return page.evaluate(() => ({
    highlights: [...CSS.highlights.keys()].filter((k) => k.startsWith('syria-lens-')),
    card: document.querySelectorAll('syria-lens-card').length,
    style: document.querySelectorAll('#syria-lens-marks').length,
  }));
}

async function clickByText(page: Page, selector: string, text: string): Promise<void> {
  const clicked = await page.evaluate(
    (sel, t) => {
      const el = [...document.querySelectorAll<HTMLElement>(sel)].find((e) => e.textContent?.includes(t));
      el?.click();
      return !!el;
    },
    selector,
    text,
  );
  if (!clicked) throw new Error(`no ${selector} with text ${JSON.stringify(text)}`);
}

export function controlsSuite(ctx: SuiteContext): void {
  describe('reader controls', () => {
    async function freshSyriaPage(): Promise<{ page: Page; tabId: number }> {
      const page = await ctx.lens().newPage();
      await page.goto(ctx.server().url('syria-article.html'), { waitUntil: 'load' });
      await waitForMarks(page, 15_000);
      return { page, tabId: await ctx.lens().tabIdFor(page) };
    }

    test('the popup switch turns marks off on the site, leaving no trace even when text arrives, and back on', async () => {
      const { page, tabId } = await freshSyriaPage();
      const popup = await ctx.lens().openExtensionPage(`popup.html?tabId=${tabId}`);
      try {
        await waitFor(() => popup.evaluate(() => document.querySelector('.sl-site-toggle input') !== null || undefined), { timeout: 10_000 });
        expect(await popup.evaluate(() => document.querySelector('.sl-site-toggle')?.textContent)).toContain('Marks on 127.0.0.1');
        await popup.click('.sl-site-toggle input');
        await waitFor(async () => ((await traces(page)).highlights.length === 0 ? true : undefined), { timeout: 10_000 });
        expect(await traces(page)).toEqual({ highlights: [], card: 0, style: 0 });
        // Text the page adds while the marks are off brings none back (the page is watched for
        // changes, which settle after 0.8 s and are looked at no more than every 2 s).
        await page.evaluate(() => {
          const p = document.createElement('p');
          p.textContent = 'Jaysh al-Islam said later on Tuesday that its fighters had left the besieged town after three days of heavy shelling by government forces.';
          document.querySelector('article')!.append(p);
        });
        await new Promise((resolve) => setTimeout(resolve, 3_500));
        expect(await traces(page)).toEqual({ highlights: [], card: 0, style: 0 });
        await popup.click('.sl-site-toggle input');
        await waitForMarks(page, 10_000);
        expect(await markTexts(page, ACTOR)).toContain('YPG');
        // Switched on again, the text that arrived in between is read too.
        await waitFor(async () => ((await markTexts(page, ACTOR))?.includes('Jaysh al-Islam') ? true : undefined), { timeout: 10_000 });
      } finally {
        await popup.close().catch(() => undefined);
        await page.close().catch(() => undefined);
      }
    });

    test('the settings page hides a kind of figure, and shows it again', async () => {
      const { page } = await freshSyriaPage();
      const options = await ctx.lens().openExtensionPage('options.html');
      try {
        await waitFor(() => options.evaluate(() => document.querySelector('fieldset') !== null || undefined), { timeout: 10_000 });
        await clickByText(options, 'fieldset label', 'Date');
        await waitFor(async () => (!(await markTexts(page, CLAIM))?.includes('October 9') ? true : undefined), { timeout: 10_000 });
        const claims = (await markTexts(page, CLAIM)) ?? [];
        expect(claims).not.toContain('October 9');
        expect(claims).toContain('30 km');
        await clickByText(options, 'fieldset label', 'Date');
        await waitFor(async () => ((await markTexts(page, CLAIM))?.includes('October 9') ? true : undefined), { timeout: 10_000 });
      } finally {
        await options.close().catch(() => undefined);
        await page.close().catch(() => undefined);
      }
    });

    test('muting an actor from its card unmarks it in every open page, and the settings page marks it again', async () => {
      const first = await freshSyriaPage();
      const second = await freshSyriaPage();
      const marksErdogan = async (page: Page) => ((await markTexts(page, ACTOR)) ?? []).some((t) => t.includes('Erdogan'));
      const options = await ctx.lens().openExtensionPage('options.html');
      try {
        expect(await marksErdogan(first.page)).toBe(true);
        await hoverAndReadCard(first.page, ACTOR, 'Erdogan');
        // A page's own script clicking the button mutes nothing: the browser does not trust that click.
        const label = await first.page.evaluate(() => {
          const button = document.querySelector('syria-lens-card')?.shadowRoot?.querySelector<HTMLButtonElement>('.sl-mute');
          button?.click();
          return button?.textContent ?? null;
        });
        expect(label).toMatch(/^Stop marking .*Erdo/);
        // (A mute takes well under a second to reach the page: see the wait for the real one below.)
        await new Promise((r) => setTimeout(r, 1_500));
        expect(await marksErdogan(first.page), 'marks after a page script clicked mute').toBe(true);
        // The reader's press of the button, through the browser's own input, does.
        await first.page.evaluate(() => document.querySelector('syria-lens-card')?.shadowRoot?.querySelector<HTMLButtonElement>('.sl-mute')?.focus());
        await first.page.keyboard.press('Enter');
        for (const { page } of [first, second]) {
          await waitFor(async () => (!(await marksErdogan(page)) ? true : undefined), { timeout: 10_000, what: `Erdogan unmarked on ${page.url()}` });
          expect(await markTexts(page, ACTOR), 'other actors stay marked').toContain('YPG');
        }
        // The settings page, open all along, lists the muted actor as soon as it is muted.
        await waitFor(
          () => options.evaluate(() => [...document.querySelectorAll('li button')].some((b) => b.textContent?.includes('Mark again')) || undefined),
          { timeout: 10_000, what: 'the muted actor on the settings page' },
        );
        await clickByText(options, 'li button', 'Mark again');
        await waitFor(async () => ((await marksErdogan(first.page)) ? true : undefined), { timeout: 10_000, what: 'Erdogan marked again' });
      } finally {
        await options.close().catch(() => undefined);
        for (const { page } of [first, second]) await page.close().catch(() => undefined);
      }
    });

    test('on a dark page the marks take the dark palette', async () => {
      const { page, tabId } = await freshSyriaPage();
      const extensionPage = await ctx.lens().openExtensionPage(`popup.html?tabId=${tabId}`);
      const toggle = () =>
        extensionPage.evaluate((id) => {
          type Tabs = { tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> } };
          const g = globalThis as unknown as { browser?: Tabs; chrome?: Tabs };
          return (g.browser ?? g.chrome)!.tabs.sendMessage(id, { type: 'syria-lens/command', command: 'toggle-marks' });
        }, tabId);
      const markStyle = () => page.evaluate(() => document.getElementById('syria-lens-marks')?.textContent ?? '');
      try {
        expect(await markStyle()).toContain('rgba(56, 132, 255, 0.16)');
        // The reader's dark theme, or the site's: the article now sits on near-black.
        await page.evaluate(() => {
          document.documentElement.style.background = '#121212';
          document.body.style.background = '#121212';
          document.body.style.color = '#e8e8e8';
        });
        await toggle();
        await waitFor(async () => ((await highlightNames(page)).length === 0 ? true : undefined), { timeout: 10_000 });
        await toggle();
        await waitForMarks(page, 10_000);
        const style = await markStyle();
        expect(style).toContain('rgba(90, 150, 255, 0.28)');
        expect(style).not.toContain('rgba(56, 132, 255, 0.16)');
      } finally {
        await extensionPage.close().catch(() => undefined);
        await page.close().catch(() => undefined);
      }
    });

    test('the keyboard commands hide and show the marks, and step to a mark with its card', async () => {
      const { page, tabId } = await freshSyriaPage();
      // The browser delivers a pressed shortcut to the background, which sends this message.
      const extensionPage = await ctx.lens().openExtensionPage(`popup.html?tabId=${tabId}`);
      const command = (name: string) =>
        extensionPage.evaluate(
          (id, c) => {
            type Tabs = { tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> } };
            const g = globalThis as unknown as { browser?: Tabs; chrome?: Tabs };
            return (g.browser ?? g.chrome)!.tabs.sendMessage(id, { type: 'syria-lens/command', command: c });
          },
          tabId,
          name,
        );
      try {
        await command('toggle-marks');
        await waitFor(async () => ((await highlightNames(page)).length === 0 ? true : undefined), { timeout: 10_000 });
        await command('toggle-marks');
        await waitForMarks(page, 10_000);
        // A shortcut is pressed on the page the reader is looking at.
        await page.bringToFront();
        await command('next-mark');
        const card = await waitFor(
          () =>
            page.evaluate(() => {
              const host = document.querySelector('syria-lens-card');
              const dialog = host?.shadowRoot?.querySelector('[role="dialog"]');
              const panel = dialog?.parentElement;
              if (!dialog || !panel || panel.hidden) return undefined;
              return { label: dialog.getAttribute('aria-label'), focused: document.activeElement === host };
            }),
          { timeout: 10_000 },
        );
        expect(card.label).toBeTruthy();
        expect(card.focused, 'the card takes the focus so screen readers announce it').toBe(true);
        await page.keyboard.press('Escape');
        await waitFor(
          () => page.evaluate(() => (document.querySelector('syria-lens-card')?.shadowRoot?.querySelector('.sl-panel') as HTMLElement | null)?.hidden || undefined),
          { timeout: 5_000 },
        );
      } finally {
        await extensionPage.close().catch(() => undefined);
        await page.close().catch(() => undefined);
      }
    });
  });
}

/** Pages that change after load: text added later, text changed, a new article in the same page. */
export function dynamicSuite(ctx: SuiteContext): void {
  describe('dynamic pages', () => {
    test('text added later is marked, text changed loses its marks, a new article replaces the old marks', async () => {
      const page = await ctx.lens().newPage();
      try {
        await page.goto(ctx.server().url('syria-article.html'), { waitUntil: 'load' });
        await waitForMarks(page, 15_000);
        expect(await markTexts(page, ACTOR)).not.toContain('Hezbollah');

        // A live update arrives at the end of the article.
        await page.evaluate(() => {
          const p = document.createElement('p');
          p.textContent =
            'Update: Hezbollah fighters were reported near the front line on Friday, and Iran said its advisers would stay. ' +
            'Aid groups said at least 40 civilians had been killed in the week, and that the roads north were blocked by traffic.';
          document.querySelector('article')!.append(p);
        });
        await waitFor(async () => ((await markTexts(page, ACTOR))?.includes('Hezbollah') ? true : undefined), { timeout: 15_000, what: 'a mark on the added text' });
        expect(await markTexts(page, ACTOR)).toContain('YPG');

        // A paragraph rewritten in place: no mark may stay on text it no longer holds.
        await page.evaluate(() => {
          const p = [...document.querySelectorAll('article p')].find((x) => x.textContent?.includes('YPG'))!;
          p.textContent = 'This paragraph was replaced by the editors.';
        });
        await waitFor(
          async () => {
            const bad = await page.evaluate(() =>
              ['syria-lens-actor', 'syria-lens-claim'].flatMap((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => r.toString())).filter((t) => /replaced|editors/.test(t)),
            );
            return bad.length === 0 ? true : undefined;
          },
          { timeout: 10_000 },
        );

        // A single-page site shows another article under a new address.
        await page.evaluate(() => {
          history.pushState({}, '', '/another-story');
          document.querySelector('article')!.innerHTML =
            '<h1>Talks in Geneva</h1>' +
            '<p>The United Nations convened another round of talks on Syria in Geneva, where envoys from Russia and Turkey met delegations of the Syrian government and the opposition.</p>' +
            '<p>Hezbollah and Iran were not represented. The meeting ended without agreement after three days, officials said on Thursday, and a new round was set for the spring.</p>';
        });
        await waitFor(async () => ((await markTexts(page, ACTOR))?.includes('YPG') === false && (await markTexts(page, ACTOR))?.includes('United Nations') ? true : undefined), {
          timeout: 15_000,
          what: 'the new article marked and the old marks gone',
        });
      } finally {
        await page.close().catch(() => undefined);
      }
    });
  });
}

/**
 * The end-to-end checks both browsers share: marks, hover card, badge, popup, the page that is
 * not about Syria, the seed article, and the network. One browser per file, launched once.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { accessibilitySuite } from './accessibility';
import { controlsSuite, dynamicSuite } from './controls';
import type { Page } from 'puppeteer-core';
import { forbiddenRequests, launch, type BrowserKind, type Lens } from './helpers/browsers';
import { ACTOR, CLAIM, claimCoversTextAfter, highlightNames, hoverAndReadCard, markTexts, marksInside, moveAway, readCard, waitForMarks } from './helpers/marks';
import { assertPrerequisites, seedArticlePath } from './helpers/paths';
import { clickShowInPage, readPopup } from './helpers/popup';
import { startServer, type FixtureServer } from './helpers/server';
import { sleep, waitFor } from './helpers/wait';

export interface SuiteContext {
  lens: () => Lens;
  server: () => FixtureServer;
  /** The tab with syria-article.html, marks drawn. */
  syriaPage: () => Page;
  /** The tab with other-article.html, settled. */
  otherPage: () => Page;
  timings: Record<string, number>;
}

/** How long a page that fails the topic gate is given before we say it has no marks. */
export const SETTLE_MS = 2_000;

export const SYRIA_ACTOR_TEXTS = [
  'Erdogan',
  'Recep Tayyip Erdogan',
  'Vladimir Putin',
  'Putin',
  'Bashar al-Assad',
  'YPG',
  'PKK',
  'Ankara',
  'Moscow',
  'Turkey',
  'Russia',
  'Iran',
  'US',
  'U.S.',
  'United Nations',
];
export const SYRIA_CLAIM_TEXTS = ['October 9', 'October 22', 'ninth year', '30 km', 'more than 200,000 people', '17 September 2018', '2011'];
export const SYRIA_CONTEXT_IDS = ['sochi-memorandum-2018', 'russia-turkey-memorandum-2019', 'ypg-pkk-link'];
export const POPUP_SECTIONS = ['verdict', 'context', 'claims', 'actors'];
const NOT_ABOUT_SYRIA = /does not look like it is about the Syrian conflict/;

const round = (ms: number) => Math.round(ms);

/** Selects the first occurrence of `text` in the page, as a reader's drag would. */
async function selectText(page: Page, text: string): Promise<void> {
  const found = await page.evaluate((t) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(t);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + t.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return true;
    }
    return false;
  }, text);
  if (!found) throw new Error(`"${text}" is not in the page`);
}

export function browserSuite(kind: BrowserKind, extra?: (ctx: SuiteContext) => void): void {
  describe(kind, () => {
    let lens: Lens | undefined;
    let server: FixtureServer | undefined;
    let syriaPage: Page | undefined;
    let otherPage: Page | undefined;
    const timings: Record<string, number> = {};
    const ctx: SuiteContext = {
      lens: () => lens ?? fail('browser not launched'),
      server: () => server ?? fail('server not started'),
      syriaPage: () => syriaPage ?? fail('syria-article.html not open'),
      otherPage: () => otherPage ?? fail('other-article.html not open'),
      timings,
    };

    beforeAll(async () => {
      assertPrerequisites();
      server = await startServer();
      const t = performance.now();
      lens = await launch(kind);
      timings.browserReady = performance.now() - t;
      for (const [k, v] of Object.entries(lens.timings)) timings[k] = v;
    });

    afterAll(async () => {
      const t = performance.now();
      await lens?.close();
      await server?.close();
      timings.close = performance.now() - t;
      console.log(`[${kind}] timings (ms): ${Object.entries(timings).map(([k, v]) => `${k} ${round(v)}`).join(', ')}`);
    });

    // On a failure, show what the browser said: console errors, page errors, requests.
    afterEach((context) => {
      if (context.task.result?.state !== 'fail' || !lens) return;
      const errors = lens.errors.length ? lens.errors.join('\n  ') : '(none)';
      console.error(`[${kind}] after failed test "${context.task.name}":\n console errors and page errors:\n  ${errors}`);
    });

    describe('syria-article.html', () => {
      beforeAll(async () => {
        const l = ctx.lens();
        syriaPage = await l.newPage();
        const t = performance.now();
        await syriaPage.goto(ctx.server().url('syria-article.html'), { waitUntil: 'load' });
        timings.syriaLoad = performance.now() - t;
        timings.syriaMarks = await waitForMarks(syriaPage, 15_000);
      });

      test('marks the actors, including metonyms and aliases', async () => {
        const actors = await markTexts(ctx.syriaPage(), ACTOR);
        expect(actors, 'the actor highlight is registered').not.toBeNull();
        for (const text of SYRIA_ACTOR_TEXTS) expect(actors, `actor mark "${text}"`).toContain(text);
        expect(actors!.some((t) => t.includes('Hayat Tahrir al-Sham')), `an actor mark on "Hayat Tahrir al-Sham" in ${JSON.stringify(actors)}`).toBe(true);
      });

      test('marks the figures and dates', async () => {
        const claims = await markTexts(ctx.syriaPage(), CLAIM);
        expect(claims, 'the claim highlight is registered').not.toBeNull();
        for (const text of SYRIA_CLAIM_TEXTS) expect(claims, `claim mark "${text}"`).toContain(text);
        expect(claims!.some((t) => /^at least 20 civilians/.test(t)), `a claim mark on "at least 20 civilians" in ${JSON.stringify(claims)}`).toBe(true);
      });

      test('leaves the header, navigation, aside, footer, textarea and code unmarked', async () => {
        const page = ctx.syriaPage();
        expect(await marksInside(page, 'header.site, nav, aside, footer, textarea, pre, code')).toEqual([]);
        const all = [...((await markTexts(page, ACTOR)) ?? []), ...((await markTexts(page, CLAIM)) ?? [])];
        expect(all.filter((t) => /Syria news|Syria 2019|Related stories/.test(t))).toEqual([]);
        // "Assad" only appears alone inside the textarea and the code block.
        expect(all).not.toContain('Assad');
      });

      test('hovering an actor mark opens its card; moving away closes it', async () => {
        const page = ctx.syriaPage();
        const t = performance.now();
        const card = await hoverAndReadCard(page, ACTOR, 'Erdogan');
        timings.actorCard = performance.now() - t;
        expect(card.label).toMatch(/^Recep Tayyip Erdo(g|ğ)an/);
        expect(card.text).toContain('Mentioned as “Erdogan”');
        const metonym = await hoverAndReadCard(page, ACTOR, 'Ankara');
        expect(metonym.label).toMatch(/^Turkey/);
        expect(metonym.text).toContain('Mentioned as “Ankara”');
        expect(await moveAway(page), 'the card closes once the pointer leaves the mark').toBe(true);
      });

      test('hovering a claim mark opens its card with the verdict', async () => {
        const page = ctx.syriaPage();
        const t = performance.now();
        const card = await hoverAndReadCard(page, CLAIM, 'October 22');
        timings.claimCard = performance.now() - t;
        expect(card.label).toBe('Date: 22 October 2019');
        expect(card.text).toContain('Consistent with the knowledge file');
        const sochi = await hoverAndReadCard(page, CLAIM, '17 September 2018');
        expect(sochi.text).toContain('Consistent with the knowledge file');
        // Who stands behind a figure, from the file's card of the source the article names.
        const toll = await hoverAndReadCard(page, CLAIM, 'at least 20 civilians');
        expect(toll.text).toContain('Attributed to: The Syrian Observatory for Human Rights');
        expect(toll.text).toContain('Syrian Observatory for Human Rights (Monitoring group): ');
        await moveAway(page);
      });

      test('the toolbar badge counts the marks', async () => {
        const page = ctx.syriaPage();
        const tabId = await ctx.lens().tabIdFor(page);
        const n = ((await markTexts(page, ACTOR)) ?? []).length + ((await markTexts(page, CLAIM)) ?? []).length;
        expect(await ctx.lens().badgeText(tabId)).toBe(String(n));
      });

      test('the background answers {type: "syria-lens/analysis", tabId} from an extension page', async () => {
        const l = ctx.lens();
        const tabId = await l.tabIdFor(ctx.syriaPage());
        const page = await l.openExtensionPage(`popup.html?tabId=${tabId}`);
        try {
          const answer = await page.evaluate(async (id) => {
            // eslint-disable-next-line @typescript-eslint/no-explicit-any
            const api = (globalThis as any).browser ?? (globalThis as any).chrome;
            const a = await api.runtime.sendMessage({ type: 'syria-lens/analysis', tabId: id });
            return a === undefined ? 'undefined' : a === null ? 'null' : { relevant: a.relevant, actors: a.actors.length, claims: a.claims.length };
          }, tabId);
          expect(answer, 'an extension page opened in a tab asks for the analysis of the article tab').toMatchObject({ relevant: true });
        } finally {
          await page.close();
        }
      });

      test('the popup with ?tabId= shows the verdict, background, figures and actors', async () => {
        const l = ctx.lens();
        const tabId = await l.tabIdFor(ctx.syriaPage());
        const t = performance.now();
        const page = await l.openExtensionPage(`popup.html?tabId=${tabId}`);
        try {
          const popup = await readPopup(page);
          timings.popupTab = performance.now() - t;
          expect(popup.sections, `popup text: ${popup.text.slice(0, 300)}`).toEqual(POPUP_SECTIONS);
          expect(popup.topic).toMatch(/^About the Syrian conflict/);
          for (const id of SYRIA_CONTEXT_IDS) expect(popup.contextIds, `context entry ${id}`).toContain(id);
          expect(popup.claims.length).toBeGreaterThan(5);
          expect(popup.claims.some((c) => c.kind === 'date' && c.verdict === 'consistent' && c.text.includes('October 22'))).toBe(true);
          for (const id of ['recep-tayyip-erdogan', 'ypg', 'pkk', 'turkey', 'russia', 'hts']) expect(popup.actorIds, `actor ${id}`).toContain(id);
        } finally {
          await page.close();
        }
      });

      test('"Show in the page" in the popup scrolls to the figure, lights it up and opens its card', async () => {
        const page = ctx.syriaPage();
        const l = ctx.lens();
        const popup = await l.openExtensionPage(`popup.html?tabId=${await l.tabIdFor(page)}`);
        try {
          await readPopup(popup);
          const clicked = await clickShowInPage(popup, '17 September 2018');
          expect(clicked, 'a "Show in the page" button beside "17 September 2018"').toBe(true);
          await page.bringToFront();
          await waitFor(() => page.evaluate(() => CSS.highlights.has('syria-lens-flash') || undefined), { timeout: 5_000, what: 'the flash highlight' });
          const card = await waitFor(() => readCard(page).then((c) => c ?? undefined), { timeout: 5_000, what: 'the figure’s card' });
          expect(card.text).toContain('17 September 2018');
          // The flash goes out by itself; the marks stay.
          await waitFor(() => page.evaluate(() => !CSS.highlights.has('syria-lens-flash') || undefined), { timeout: 5_000, what: 'the flash to end' });
          expect(await highlightNames(page)).toEqual(expect.arrayContaining([ACTOR, CLAIM]));
          await page.keyboard.press('Escape');
        } finally {
          await popup.close();
        }
      });

      test('"Check with Syria Lens" on a sentence: its figures with their verdicts and its actors with their entries', async () => {
        const page = ctx.syriaPage();
        const l = ctx.lens();
        const sentence = 'The offensive puts fresh strain on the memorandum that Turkey and Russia signed in Sochi on 17 September 2018.';
        await selectText(page, sentence);
        await l.checkSelection(await l.tabIdFor(page), sentence);
        const card = await waitFor(() => readCard(page).then((c) => (c?.label?.match(/selected text/i) ? c : undefined)), {
          timeout: 5_000,
          what: 'the selection card',
        });
        expect(card.text).toMatch(/Reads as about the Syrian conflict/);
        expect(card.text).toContain('17 September 2018');
        expect(card.text).toMatch(/Consistent/);
        for (const name of ['Turkey', 'Russia']) expect(card.text).toContain(name);
        await page.keyboard.press('Escape');
        await waitFor(() => readCard(page).then((c) => (c ? undefined : true)), { timeout: 3_000, what: 'the selection card to close' });
        await page.evaluate(() => getSelection()?.removeAllRanges());
      });
    });

    describe('other-article.html', () => {
      beforeAll(async () => {
        otherPage = await ctx.lens().newPage();
        await otherPage.goto(ctx.server().url('other-article.html'), { waitUntil: 'load' });
        await sleep(SETTLE_MS);
      });

      test('registers no highlights and adds nothing to the page', async () => {
        const page = ctx.otherPage();
        expect(await highlightNames(page)).toEqual([]);
        expect(await page.evaluate(() => !!document.querySelector('syria-lens-card, #syria-lens-marks'))).toBe(false);
      });

      test('the popup with ?tabId= says calmly that the page is not about Syria and offers "Analyse anyway"', async () => {
        const l = ctx.lens();
        const tabId = await l.tabIdFor(ctx.otherPage());
        const page = await l.openExtensionPage(`popup.html?tabId=${tabId}`);
        try {
          const popup = await readPopup(page);
          expect(popup.text).toMatch(NOT_ABOUT_SYRIA);
          expect(popup.buttons).toContain('Analyse anyway');
          expect(popup.sections.filter((s) => s !== 'verdict')).toEqual([]);
        } finally {
          await page.close();
        }
      });

      test('"Check with Syria Lens" on selected text opens its card, and the page itself stays unanalysed', async () => {
        const page = ctx.otherPage();
        const l = ctx.lens();
        const tabId = await l.tabIdFor(page);
        const sentence = 'The semi-final will be played on 14 January 2020.';
        await selectText(page, sentence);
        await l.checkSelection(tabId, sentence);
        const card = await waitFor(() => readCard(page).then((c) => c ?? undefined), { timeout: 5_000, what: 'the selection card' });
        expect(card.label).toMatch(/selected text/i);
        expect(card.text).toContain(sentence);
        expect(card.text).toMatch(/Does not read as about the Syrian conflict/);
        expect(card.text).toContain('14 January 2020');
        // The selection card stays when the pointer moves; Escape closes it.
        await page.mouse.move(5, 5);
        await sleep(500);
        expect(await readCard(page)).not.toBeNull();
        await page.keyboard.press('Escape');
        await waitFor(() => readCard(page).then((c) => (c ? undefined : true)), { timeout: 3_000, what: 'the selection card to close' });
        // Loaded for the selection only: the page was not analysed or marked.
        await sleep(1_000);
        expect(await highlightNames(page)).toEqual([]);
        const popupPage = await l.openExtensionPage(`popup.html?tabId=${tabId}`);
        try {
          expect((await readPopup(popupPage)).text).toMatch(NOT_ABOUT_SYRIA);
        } finally {
          await popupPage.close();
        }
      });
    });

    describe('framed-article.html (the article in a frame of the page’s own origin)', () => {
      let page: Page;
      const storyFrame = () => page.frames().find((f) => f.url().endsWith('/syria-article.html')) ?? fail('no frame with syria-article.html');

      beforeAll(async () => {
        page = await ctx.lens().newPage();
        await page.goto(ctx.server().url('framed-article.html'), { waitUntil: 'load' });
        timings.framedMarks = await waitFor(
          () => storyFrame().evaluate((a) => ((CSS.highlights.get(a)?.size ?? 0) > 0 ? performance.now() : undefined), ACTOR),
          { timeout: 15_000, what: 'marks in the frame' },
        );
      });

      afterAll(async () => {
        await page.close();
      });

      test('marks the article inside the frame, and nothing in the page around it', async () => {
        const actors = await storyFrame().evaluate((a) => [...(CSS.highlights.get(a) ?? [])].map((r) => (r as Range).toString()), ACTOR);
        for (const text of ['Recep Tayyip Erdogan', 'Vladimir Putin']) expect(actors, `actor mark "${text}" in the frame`).toContain(text);
        const aroundIt = await page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + (h as unknown as { size: number }).size, 0));
        expect(aroundIt, 'ranges marked in the page around the frame').toBe(0);
      });

      test('the popup shows the framed article, and "Show in the page" reaches into the frame', async () => {
        const l = ctx.lens();
        const popupPage = await l.openExtensionPage(`popup.html?tabId=${await l.tabIdFor(page)}`);
        try {
          const popup = await readPopup(popupPage);
          expect(popup.topic).toMatch(/^About the Syrian conflict/);
          expect(popup.actorIds).toContain('recep-tayyip-erdogan');
          const clicked = await clickShowInPage(popupPage, '17 September 2018');
          expect(clicked, 'a "Show in the page" button beside "17 September 2018"').toBe(true);
          await page.bringToFront();
          await waitFor(() => storyFrame().evaluate(() => CSS.highlights.has('syria-lens-flash') || undefined), { timeout: 5_000, what: 'the flash in the frame' });
        } finally {
          await popupPage.close();
        }
      });

      test('when the frame goes to another page, its article leaves the popup too', async () => {
        await page.evaluate(() => {
          (document.getElementById('story') as HTMLIFrameElement).src = '/other-article.html';
        });
        await waitFor(() => page.frames().find((f) => f.url().endsWith('/other-article.html')), { timeout: 10_000, what: 'the frame on its new page' });
        const l = ctx.lens();
        const popupPage = await l.openExtensionPage(`popup.html?tabId=${await l.tabIdFor(page)}`);
        try {
          const popup = await readPopup(popupPage);
          expect(popup.topic ?? '').not.toMatch(/^About the Syrian conflict/);
          expect(popup.actorIds).not.toContain('recep-tayyip-erdogan');
        } finally {
          await popupPage.close();
        }
      });
    });

    describe('shadow-article.html (the article in the page’s own shadow roots, built of web components)', () => {
      let page: Page;
      /** Each mark's text, and where it is: the page's tree, or the tag of the host of its shadow root. */
      const marksWithPlace = (name: string) =>
        page.evaluate(
          (n) =>
            [...((CSS.highlights.get(n) ?? []) as Iterable<Range>)].map((r) => {
              const root = r.startContainer.getRootNode();
              return { text: r.toString(), place: root instanceof ShadowRoot ? root.host.localName : 'page' };
            }),
          name,
        );

      beforeAll(async () => {
        page = await ctx.lens().newPage();
        await page.goto(ctx.server().url('shadow-article.html'), { waitUntil: 'load' });
        timings.shadowMarks = await waitForMarks(page, 15_000);
      });

      afterAll(async () => {
        await page.close();
      });

      test('marks the text in the shadow roots, nested ones, and the page’s paragraph shown through the slot', async () => {
        const actors = await marksWithPlace(ACTOR);
        const claims = await marksWithPlace(CLAIM);
        expect(claims, 'a claim in the story’s shadow root').toContainEqual({ text: '17 September 2018', place: 'news-story' });
        expect(actors, 'an actor in the nested quote’s shadow root').toContainEqual({ text: 'Ankara', place: 'story-quote' });
        expect(actors, 'an actor in the paragraph placed in the slot').toContainEqual({ text: 'Recep Tayyip Erdogan', place: 'page' });
        // The page's styles do not reach into a shadow tree: each shadow root with marks has the marks' style.
        const styled = await page.evaluate(() => {
          const story = document.querySelector('news-story')!.shadowRoot!;
          const quote = story.querySelector('story-quote')!.shadowRoot!;
          return [story, quote].map((root) => root.querySelectorAll('style#syria-lens-marks').length);
        });
        expect(styled).toEqual([1, 1]);
      });

      test('hovering a mark inside the shadow root opens its card', async () => {
        const card = await hoverAndReadCard(page, CLAIM, '17 September 2018');
        expect(card.markText).toBe('17 September 2018');
        expect(card.text).toContain('Sochi');
      });

      test('text that arrives later inside a nested component’s shadow root is marked', async () => {
        await page.evaluate(() => {
          const quote = document.querySelector('news-story')!.shadowRoot!.querySelector('story-quote')!.shadowRoot!;
          const added = document.createElement('p');
          added.textContent = 'Hezbollah said in a statement on Monday that its fighters had not taken part in the advance on the town, and that none of its units were in the province.';
          quote.append(added);
        });
        await page.waitForFunction(
          (n) => [...((CSS.highlights.get(n) ?? []) as Iterable<Range>)].some((r) => r.toString() === 'Hezbollah'),
          { timeout: 10_000, polling: 100 },
          ACTOR,
        );
        expect(await marksWithPlace(ACTOR)).toContainEqual({ text: 'Hezbollah', place: 'story-quote' });
      });
    });

    describe('components-article.html (one component per paragraph, side by side in the page’s tree)', () => {
      let page: Page;
      const markedHosts = (name: string) =>
        page.evaluate(
          (n) =>
            [...((CSS.highlights.get(n) ?? []) as Iterable<Range>)].map((r) => {
              const root = r.startContainer.getRootNode();
              return { text: r.toString(), host: root instanceof ShadowRoot ? [...document.querySelectorAll('story-paragraph')].indexOf(root.host as Element) : -1 };
            }),
          name,
        );

      beforeAll(async () => {
        page = await ctx.lens().newPage();
        await page.goto(ctx.server().url('components-article.html'), { waitUntil: 'load' });
        timings.componentMarks = await waitForMarks(page, 15_000);
      });

      afterAll(async () => {
        await page.close();
      });

      test('marks the text of every paragraph component, and a paragraph added later', async () => {
        const claims = await markedHosts(CLAIM);
        const actors = await markedHosts(ACTOR);
        expect(claims).toContainEqual({ text: 'more than 200,000 people', host: 0 });
        expect(claims).toContainEqual({ text: '17 September 2018', host: 1 });
        expect(actors).toContainEqual({ text: 'Recep Tayyip Erdogan', host: 2 });
        expect(actors).toContainEqual({ text: 'United Nations', host: 3 });
        await page.evaluate(() => {
          const added = document.createElement('story-paragraph');
          added.dataset.text = 'Hezbollah said in a statement on Monday that its fighters had not taken part in the advance on the town, and that none of its units were in the province.';
          document.querySelector('main')!.append(added);
        });
        await page.waitForFunction(
          (n) => [...((CSS.highlights.get(n) ?? []) as Iterable<Range>)].some((r) => r.toString() === 'Hezbollah'),
          { timeout: 10_000, polling: 100 },
          ACTOR,
        );
        expect(await markedHosts(ACTOR)).toContainEqual({ text: 'Hezbollah', host: 4 });
        // The new component's own shadow root is watched from then on.
        await page.evaluate(() => {
          const more = document.createElement('p');
          more.textContent = 'Naim Qassem, the group’s leader, said in a speech that Hezbollah would not be drawn into the fighting in the north-west.';
          document.querySelectorAll('story-paragraph')[4]!.shadowRoot!.append(more);
        });
        await page.waitForFunction(
          (n) => [...((CSS.highlights.get(n) ?? []) as Iterable<Range>)].some((r) => r.toString() === 'Naim Qassem'),
          { timeout: 10_000, polling: 100 },
          ACTOR,
        );
        expect(await markedHosts(ACTOR)).toContainEqual({ text: 'Naim Qassem', host: 4 });
      });
    });

    const seed = seedArticlePath();
    describe.skipIf(!seed)('seed.html (the seed article, built at test time)', () => {
      let page: Page;
      beforeAll(async () => {
        page = await ctx.lens().newPage();
        await page.goto(ctx.server().url('seed.html'), { waitUntil: 'load' });
        timings.seedMarks = await waitForMarks(page, 15_000);
      });

      test('marks the actors and figures of the seed article', async () => {
        const actors = (await markTexts(page, ACTOR)) ?? [];
        const claims = (await markTexts(page, CLAIM)) ?? [];
        for (const text of ['Erdogan', 'YPG', 'Syrian Response Coordination Group']) expect(actors, `actor mark "${text}"`).toContain(text);
        expect(actors.some((t) => /\bHTS\b/.test(t)), `an actor mark containing "HTS" in ${JSON.stringify(actors)}`).toBe(true);
        for (const text of ['October 9', 'ninth year', 'kill 20']) expect(claims, `claim mark "${text}"`).toContain(text);
      });

      test('the "24" of "Rai News 24" is not a claim', async () => {
        const found = await claimCoversTextAfter(page, 'Rai News ', '24');
        expect(found, '"Rai News 24" is in the page').not.toBeNull();
        expect(found!.covered).toEqual([]);
      });
    });

    extra?.(ctx);
    accessibilitySuite(ctx);
    controlsSuite(ctx);
    dynamicSuite(ctx);

    describe('network', () => {
      test('the background cannot fetch: the extension\'s CSP refuses it before any request is made', async (t) => {
        const l = ctx.lens();
        if (!l.fetchFromBackground) {
          t.skip(); // Firefox: the background page is not reachable over WebDriver BiDi
          return;
        }
        const probe = ctx.server().url('__recorder-canary');
        expect(await l.fetchFromBackground(probe)).toBe('refused');
        await sleep(300);
        expect(ctx.server().requests.filter((path) => path.includes('__recorder-canary')), 'canary requests that reached the server').toEqual([]);
      });

      test('an extension page cannot load anything from the web (the CSP refuses it); the recorder sees its navigation (canary)', async () => {
        const l = ctx.lens();
        const image = ctx.server().url('__recorder-canary.png');
        const navigation = ctx.server().url('__recorder-canary-navigation.html');
        const page = await l.openExtensionPage('popup.html?tabId=999999');
        try {
          const loaded = await page.evaluate(
            (u) =>
              new Promise<boolean>((resolve) => {
                const img = new Image();
                img.onload = () => resolve(true);
                img.onerror = () => resolve(false);
                img.src = u;
              }),
            image,
          );
          expect(loaded, 'an image from the web loaded in an extension page').toBe(false);
          // A navigation is not the CSP's to refuse: it proves the recorder watches extension pages.
          await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.evaluate((u) => location.assign(u), navigation)]);
          await sleep(300);
          expect(l.requests.some((r) => r.url === navigation)).toBe(true);
          expect(ctx.server().requests.filter((path) => path.includes('__recorder-canary.png')), 'image requests that reached the server').toEqual([]);
        } finally {
          await page.close();
        }
      });

      test('no request went anywhere but 127.0.0.1 and the extension', () => {
        const l = ctx.lens();
        const seen = l.requests.filter((r) => !r.url.includes('__recorder-canary'));
        expect(seen.length, 'requests were recorded at all').toBeGreaterThan(0);
        const bad = forbiddenRequests(seen, ctx.server().origin, l.extensionOrigin).map((r) => ({ ...r, url: r.url.slice(0, 200) }));
        expect(bad).toEqual([]);
      });
    });
  });
}

function fail(message: string): never {
  throw new Error(message);
}

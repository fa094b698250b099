/** Reading the marks (CSS Custom Highlight API) and the hover card from the page's main world. */
import type { Page } from 'puppeteer-core';
import { waitFor } from './wait';

export const ACTOR = 'syria-lens-actor';
export const CLAIM = 'syria-lens-claim';
export type HighlightName = typeof ACTOR | typeof CLAIM;

/** Waits until both highlights are registered and at least one holds a range; returns the time taken. */
export async function waitForMarks(page: Page, timeout = 15_000): Promise<number> {
  const t = performance.now();
  await waitFor(
    () =>
      page
        .evaluate(
          (a, c) => {
            const actor = CSS.highlights.get(a);
            const claim = CSS.highlights.get(c);
            return actor && claim && actor.size + claim.size > 0 ? true : undefined;
          },
          ACTOR,
          CLAIM,
        )
        .catch(() => undefined),
    { timeout, what: `CSS.highlights "${ACTOR}" and "${CLAIM}" on ${page.url()}` },
  );
  return performance.now() - t;
}

/** The text of every range of one highlight, in document order; null when it is not registered. */
export function markTexts(page: Page, name: HighlightName): Promise<string[] | null> {
  return page.evaluate((n) => {
    const h = CSS.highlights.get(n);
    if (!h) return null;
    const ranges = [...h] as Range[];
    ranges.sort((x, y) => x.compareBoundaryPoints(Range.START_TO_START, y));
    return ranges.map((r) => r.toString());
  }, name);
}

/** Names of all registered highlights (any name, ours or not). */
export function highlightNames(page: Page): Promise<string[]> {
  return page.evaluate(() => [...CSS.highlights.keys()]);
}

/** Marks (of either highlight) whose range touches an element matching `selector`. */
export function marksInside(page: Page, selector: string): Promise<{ name: string; text: string; element: string }[]> {
  return page.evaluate(
    (sel, names) => {
      const found: { name: string; text: string; element: string }[] = [];
      const elements = [...document.querySelectorAll(sel)];
      for (const name of names) {
        for (const range of (CSS.highlights.get(name) ?? []) as Iterable<Range>) {
          for (const el of elements) {
            // A textarea's value is not in the DOM tree: also check its text child.
            if (range.intersectsNode(el)) found.push({ name, text: range.toString(), element: el.tagName.toLowerCase() });
          }
        }
      }
      return found;
    },
    selector,
    [ACTOR, CLAIM],
  );
}

/**
 * Scrolls the first mark whose text equals `text` (or contains it, when no mark equals it) into
 * the middle of the viewport and returns the centre of its first line box.
 */
export async function markCentre(page: Page, name: HighlightName, text: string): Promise<{ x: number; y: number; text: string }> {
  const found = await page.evaluate(
    (n, wanted) => {
      const ranges = [...((CSS.highlights.get(n) ?? []) as Iterable<Range>)];
      const range = ranges.find((r) => r.toString() === wanted) ?? ranges.find((r) => r.toString().includes(wanted));
      if (!range) return null;
      const el = range.startContainer.parentElement;
      el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
      const rect = range.getClientRects()[0];
      if (!rect) return null;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, text: range.toString() };
    },
    name,
    text,
  );
  if (!found) throw new Error(`no ${name} mark with text "${text}" (or no layout box for it)`);
  return found;
}

export interface CardReading {
  label: string | null;
  text: string;
  markText: string;
}

/** Moves the mouse off, then onto the centre of a mark, and reads the hover card that opens. */
export async function hoverAndReadCard(page: Page, name: HighlightName, text: string, timeout = 5_000): Promise<CardReading> {
  await page.bringToFront();
  if (!(await moveAway(page))) throw new Error('a card stayed open with the pointer at (1, 1), away from every mark');
  const { x, y, text: markText } = await markCentre(page, name, text);
  // Straight onto the mark, then rest there one more frame: the content script hit-tests at most
  // once per animation frame, so the pointer must not cross other marks on the way.
  await page.mouse.move(x, y);
  await nextFrames(page);
  await page.mouse.move(x + 1, y);
  await waitFor(() => readCard(page).then((c) => c ?? undefined), {
    timeout,
    what: `the hover card over the ${name} mark "${markText}" at (${Math.round(x)}, ${Math.round(y)})`,
  });
  // The pointer rests: let the frame of the last move run, then read the card as it stays.
  await nextFrames(page);
  const card = await readCard(page);
  if (!card) throw new Error(`the hover card over "${markText}" closed while the pointer rested on the mark`);
  return { ...card, markText };
}

/** Resolves after two animation frames of the page. */
export function nextFrames(page: Page): Promise<unknown> {
  return page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Moves the pointer to the top-left corner and waits (up to 3 s) for an open card to close; true if closed. */
export async function moveAway(page: Page): Promise<boolean> {
  await page.mouse.move(1, 1);
  return waitFor(() => readCard(page).then((c) => (c ? undefined : true)), { timeout: 3_000, what: 'the card to close' }).catch(
    () => false,
  );
}

/** The visible card: the role="dialog" inside <syria-lens-card>'s open shadow root, unless hidden. */
export function readCard(page: Page): Promise<{ label: string | null; text: string } | null> {
  return page.evaluate(() => {
    const root = document.querySelector('syria-lens-card')?.shadowRoot;
    const dialog = root?.querySelector('[role="dialog"]');
    if (!dialog) return null;
    for (let el: Element | null = dialog; el; el = el.parentElement) if ((el as HTMLElement).hidden) return null;
    return { label: dialog.getAttribute('aria-label'), text: dialog.textContent ?? '' };
  });
}

/**
 * Whether any range of the claim highlight covers a character of `needle` where it follows
 * `context` in the page text (e.g. the "24" of "Rai News 24"). Null when the context is not found.
 */
export function claimCoversTextAfter(page: Page, context: string, needle: string): Promise<{ covered: string[] } | null> {
  return page.evaluate(
    (ctx, ndl, claimName) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(ctx + ndl);
        if (at === -1) continue;
        const from = at + ctx.length;
        const covered: string[] = [];
        for (const range of (CSS.highlights.get(claimName) ?? []) as Iterable<Range>) {
          for (let i = from; i < from + ndl.length; i++) {
            if (range.comparePoint(node, i) === 0 && range.comparePoint(node, i + 1) === 0) {
              covered.push(range.toString());
              break;
            }
          }
        }
        return { covered };
      }
      return null;
    },
    context,
    needle,
    CLAIM,
  );
}

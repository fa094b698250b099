/** Reading the popup (opened as a tab with ?tabId=, or as the real toolbar popup). */
import type { Page } from 'puppeteer-core';
import { waitFor } from './wait';

export interface PopupReading {
  sections: string[];
  contextIds: string[];
  claims: { kind: string; verdict: string; text: string }[];
  actorIds: string[];
  statuses: string[];
  topic: string | null;
  buttons: string[];
  text: string;
}

/** Waits until the popup has left its loading state, then reads it. */
export async function readPopup(page: Page, timeout = 10_000): Promise<PopupReading> {
  return waitFor(
    () =>
      page
        .evaluate(() => {
          const root = document.getElementById('app');
          if (!root || !root.textContent) return undefined;
          const statuses = [...root.querySelectorAll('.sl-status')].map((e) => e.textContent?.trim() ?? '');
          if (statuses.some((s) => s.startsWith('Reading the page'))) return undefined;
          return {
            sections: [...root.querySelectorAll<HTMLElement>('[data-section]')].map((e) => e.dataset.section ?? ''),
            contextIds: [...root.querySelectorAll<HTMLElement>('[data-section="context"] [data-entry-id]')].map((e) => e.dataset.entryId ?? ''),
            claims: [...root.querySelectorAll<HTMLElement>('[data-section="claims"] [data-claim-kind]')].map((e) => ({
              kind: e.dataset.claimKind ?? '',
              verdict: e.dataset.verdict ?? '',
              text: e.querySelector('.sl-quote')?.textContent?.trim() ?? '',
            })),
            actorIds: [...root.querySelectorAll<HTMLElement>('[data-section="actors"] [data-actor-id]')].map((e) => e.dataset.actorId ?? ''),
            statuses,
            topic: root.querySelector('.sl-topic')?.textContent?.trim() ?? null,
            buttons: [...root.querySelectorAll('button')].map((b) => b.textContent?.trim() ?? ''),
            text: root.textContent,
          };
        })
        .catch(() => undefined),
    { timeout, what: `the popup at ${page.url()} to finish loading` },
  );
}

/** Clicks "Show in the page" beside the popup's figure whose text includes `claimText`; false when there is none. */
export function clickShowInPage(popup: Page, claimText: string): Promise<boolean> {
  return popup.evaluate((text) => {
    const item = [...document.querySelectorAll('.sl-claim-item')].find((li) => li.textContent?.includes(text));
    const button = item?.querySelector('button');
    button?.click();
    return !!button;
  }, claimText);
}

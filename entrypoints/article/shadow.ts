/** The page's open shadow roots: where pages built of web components keep their text. */

/** The element that hosts the card (its shadow root is ours, never the page's). */
export const CARD_HOST = 'syria-lens-card';

/**
 * The open shadow roots under `from`, nested ones included, looking at no more than `limit`
 * elements (closed shadow roots cannot be seen, and are never read).
 */
export function openShadowRoots(from: Element, limit: number): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const stack: ParentNode[] = [from];
  let seen = 0;
  while (stack.length && seen < limit) {
    const node = stack.pop()!;
    for (let el = node.firstElementChild; el && seen < limit; el = el.nextElementSibling) {
      seen++;
      if (el.localName === CARD_HOST) continue;
      stack.push(el);
      const shadow = el.shadowRoot;
      if (shadow) {
        found.push(shadow);
        stack.push(shadow);
      }
    }
  }
  return found;
}

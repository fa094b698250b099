/** The page's open shadow roots: where pages built of web components keep their text. */

/** The element that hosts the card, or the start of its name (its shadow root is ours, never the page's). */
export const CARD_HOST = 'syria-lens-card';

/**
 * The open shadow roots under `from`, nested ones included, in the order the page shows them
 * (a host's shadow root before what follows the host), looking at no more than `limit`
 * elements. Closed shadow roots cannot be seen, and are never read; the card's own host is skipped.
 */
export function openShadowRoots(from: Element | ShadowRoot, limit: number): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const stack: ParentNode[] = [from];
  let seen = 0;
  while (stack.length && seen < limit) {
    const node = stack.pop()!;
    const children: Element[] = [];
    for (let el = node.firstElementChild; el; el = el.nextElementSibling) children.push(el);
    // Last first, so that the first child is taken next; a shadow root is taken before its host's next sibling.
    for (let k = children.length - 1; k >= 0; k--) {
      const el = children[k]!;
      if (el.localName.startsWith(CARD_HOST)) continue;
      stack.push(el);
      if (el.shadowRoot) stack.push(el.shadowRoot);
    }
    if (node !== from && (node as Node).nodeType === 11) found.push(node as ShadowRoot);
    seen += children.length;
  }
  return found;
}

/**
 * A node's parent as the browser shows the page (the flat tree): the slot it is placed in, else
 * its parent node. Above a shadow root's top nodes comes the root, then its host.
 */
export function flatParent(node: Node): Node | null {
  if (node.nodeType === 11) return (node as ShadowRoot).host ?? null;
  return (node as Partial<Slottable>).assignedSlot ?? node.parentNode;
}

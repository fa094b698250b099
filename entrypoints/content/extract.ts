/**
 * The article's text blocks (paragraphs, headings, list items, quotes, captions) with a
 * map from offsets in the joined text back to DOM text nodes. Uses only standard DOM calls,
 * so the command line and the evaluation run the same extraction on a parsed page.
 */

export interface TextPiece {
  node: Text;
  /** Offset of this node's first character in the joined text. */
  start: number;
}

export interface ExtractedText {
  text: string;
  /** Text nodes in document order with their offsets; gaps between blocks hold "\n\n". */
  pieces: TextPiece[];
  blocks: number;
}

export interface ExtractOptions {
  /** Stop once this many characters are collected (bounds work on huge pages). */
  maxChars?: number;
}

const BLOCK = 'P,H1,H2,H3,H4,H5,H6,LI,BLOCKQUOTE,FIGCAPTION,DD,DT,TD,TH,CAPTION,PRE,DIV,SECTION,ARTICLE,MAIN,BODY,HEADER,ASIDE,FOOTER,NAV,FIGURE,UL,OL,TABLE,TR,FORM';
const BLOCK_TAGS = new Set(BLOCK.split(','));

// Never read: not article text, or not ours to touch (editable, code, hidden, interactive).
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'CODE', 'PRE',
  'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'NAV', 'ASIDE', 'FOOTER', 'FORM', 'DIALOG', 'LABEL', 'SYRIA-LENS-CARD',
]);
const BOILERPLATE = /(?:^|[\s_-])(?:comments?|share|sharing|social|related|recommended|promo|newsletter|subscribe|sidebar|menu|navbar|nav|breadcrumbs?|cookie|consent|advert|advertisement|ad-slot|sponsor|footer|masthead|most-popular|trending|outbrain|taboola|paywall|signup|skip-link|visually-hidden|sr-only)(?:$|[\s_-])/i;
const ARTICLE_ROOTS = ['[itemprop="articleBody"]', 'article', '[role="main"]', 'main'];

/** The element most likely to hold the article: the largest articleBody / article / main, else body. */
export function articleRoot(doc: Document): Element | null {
  for (const selector of ARTICLE_ROOTS) {
    let best: Element | null = null;
    let bestLength = 0;
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      const length = paragraphText(el);
      if (length > bestLength) {
        best = el;
        bestLength = length;
      }
    }
    if (best && bestLength >= 500) return best;
  }
  return doc.body;
}

function paragraphText(el: Element): number {
  let n = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) n += (p.textContent ?? '').length;
  return n;
}

function skipped(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (el.getAttribute('contenteditable') === '' || el.getAttribute('contenteditable') === 'true') return true;
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'complementary' || role === 'contentinfo' || role === 'banner' || role === 'textbox') return true;
  const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return label.length > 1 && BOILERPLATE.test(label);
}

/** The nearest block-level ancestor: text nodes under one block form one paragraph of text. */
function blockOf(node: Node, root: Element): Element {
  let el = node.parentElement;
  while (el && el !== root && !BLOCK_TAGS.has(el.tagName.toUpperCase())) el = el.parentElement;
  return el ?? root;
}

export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractedText {
  const maxChars = options.maxChars ?? 2_000_000;
  const root = articleRoot(doc);
  const pieces: TextPiece[] = [];
  const parts: string[] = [];
  let length = 0;
  let blocks = 0;
  if (!root) return { text: '', pieces, blocks };

  let currentBlock: Element | null = null;
  // An explicit stack instead of a TreeWalker filter: skipping a subtree is one decision.
  const stack: Node[] = [root];
  const SHOW_TEXT = 3;
  while (stack.length && length < maxChars) {
    const node = stack.pop()!;
    if (node.nodeType === SHOW_TEXT) {
      const value = (node as Text).data;
      if (!value.trim()) {
        // Keep a single space between inline words split over nodes.
        if (currentBlock && parts.length && !/\s$/.test(parts[parts.length - 1]!)) {
          parts.push(' ');
          length += 1;
        }
        continue;
      }
      const block = blockOf(node, root);
      if (block !== currentBlock) {
        if (currentBlock) {
          parts.push('\n\n');
          length += 2;
        }
        currentBlock = block;
        blocks++;
      }
      pieces.push({ node: node as Text, start: length });
      parts.push(value);
      length += value.length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el !== root && skipped(el)) continue;
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return { text: parts.join(''), pieces, blocks };
}

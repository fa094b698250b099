/**
 * The article's text blocks (paragraphs, headings, list items, quotes, captions) with a
 * map from offsets in the joined text back to DOM text nodes. Uses only standard DOM calls,
 * so the command line and the evaluation run the same extraction on a parsed page.
 */
import { CARD_HOST, flatParent, openShadowRoots } from './shadow';

export interface TextPiece {
  node: Text;
  /** Offset of this node's first character in the joined text. */
  start: number;
  /** Page content that was not read (a button, code, a hidden span) stands between this node and the one before. */
  afterGap?: boolean;
}

export interface ExtractedText {
  text: string;
  /** Text nodes in document order with their offsets; gaps between blocks hold "\n\n". */
  pieces: TextPiece[];
  blocks: number;
  /**
   * The page's own (open) shadow roots the article was read from, when it is kept in components:
   * the one that holds it first, if one does, then those of the components inside it.
   */
  shadowRoots?: ShadowRoot[];
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
  'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'NAV', 'ASIDE', 'FOOTER', 'FORM', 'DIALOG', 'LABEL',
]);
const BOILERPLATE = /(?:^|[\s_-])(?:comments?|share|sharing|social|related|recommended|promo|newsletter|subscribe|sidebar|menu|navbar|nav|breadcrumbs?|cookies?|consent|privacy|advert|advertisement|ad-slot|sponsor|footer|masthead|most-popular|trending|outbrain|taboola|paywall|signup|skip-link|visually-hidden|sr-only)(?:$|[\s_-])/i;
const ARTICLE_ROOTS = ['[itemprop="articleBody"]', 'article', '[role="main"]', 'main'];
// An element that holds this share of the page's paragraph text is the article, whatever its class says.
const MAIN_SHARE = 0.4;
const CONTAINER_SHARE = 0.2;
const MIN_PARAGRAPH = 25;
// Below this, the paragraph test has found a teaser or a form, not the article.
const MIN_ARTICLE = 400;
const FURNITURE = 'header, nav, aside, footer, form, [role="banner"], [role="navigation"], [role="complementary"], [role="contentinfo"]';
const INLINE_TEXT = new Set(['B', 'STRONG', 'I', 'EM', 'SPAN', 'U', 'SMALL', 'MARK', 'Q', 'CITE', 'ABBR', 'TIME', 'SUB', 'SUP', 'FONT']);
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Where the article is looked for: the page's body, or one of the page's open shadow roots. */
type Scope = Element | ShadowRoot;

// A page whose own tree holds less paragraph text than this may keep its article in shadow
// roots (pages built of web components); elsewhere the page's shadow roots are never read.
const SHADOW_SEARCH_BELOW = 1_000;
// Elements looked at in the search for shadow roots: bounded on the largest pages.
const SHADOW_SEARCH_ELEMENTS = 20_000;

/**
 * How an article's text is read: in paragraphs (<p>), or, on a page written without them, in
 * every block with running text of its own. `lengthOf` measures one block; `measure`, all the
 * article text an element holds; a block of running text may itself be the whole article.
 */
interface Reading {
  blocks: string;
  lengthOf: (el: Element) => number;
  measure: (el: Scope) => number;
  blockHoldsText: boolean;
}

interface Found {
  root: Scope;
  reading: Reading;
  /**
   * An article split into components (one per paragraph): read through their shadow roots, and
   * measured with their text, which is `text` characters of paragraphs in all.
   */
  throughComponents?: { text: number };
}

/**
 * The element most likely to hold the article: the largest articleBody / article / main that
 * holds a good share of the page's paragraph text (a page's <article> elements may be its
 * comments or teasers), else the body. On a page with almost no paragraph text of its own,
 * the open shadow root holding the most is searched the same way, when it holds more than the
 * part of the page found (a div-written article beats a cookie notice in a shadow root).
 */
export function articleRoot(doc: Document): Scope | null {
  return findArticle(doc)?.root ?? null;
}

function findArticle(doc: Document): Found | null {
  if (!doc.body) return null;
  const pageText = paragraphText(doc.body);
  const light = rootWithin(doc.body, pageText);
  if (pageText >= SHADOW_SEARCH_BELOW) return light;
  const lightText = readableLength(light.root as Element);
  return shadowArticle(openShadowRoots(doc.body, SHADOW_SEARCH_ELEMENTS), Math.max(MIN_ARTICLE, lightText), lightText < MIN_ARTICLE) ?? light;
}

// Components of one kind side by side, at least this many, may be the paragraphs of one article.
const MIN_PARAGRAPH_COMPONENTS = 3;

/**
 * The article kept in open shadow roots, when they hold more paragraph text than `floor`. A root's
 * text counts that of the components inside it. The root with the most is taken, and within it:
 * - components of one kind holding most of its text are its paragraphs: it is read through them;
 * - else, when its own paragraphs are most of its text, it is searched as a page is;
 * - else it is a shell around other components (header, article, footer): the one holding the
 *   most is taken in its place, and so on.
 * On a page whose own tree holds no article (`pageHoldsNone`), components of one kind side by
 * side in it are one article too, read through from the element around them.
 */
function shadowArticle(roots: ShadowRoot[], floor: number, pageHoldsNone: boolean): Found | null {
  const own = new Map<ShadowRoot, number>();
  const total = new Map<Node, number>();
  const inner = new Map<Node, ShadowRoot[]>();
  // The roots come outer first: taken in reverse, each root's total is complete before its outer root's.
  for (let i = roots.length - 1; i >= 0; i--) {
    const shadow = roots[i]!;
    // A component shows its own text and the page's content placed in its slots.
    const ownText = paragraphText(shadow) + paragraphText(shadow.host);
    own.set(shadow, ownText);
    const text = ownText + (total.get(shadow) ?? 0);
    total.set(shadow, text);
    const outer = shadow.host.getRootNode();
    if (outer.nodeType !== DOCUMENT_FRAGMENT) continue;
    total.set(outer, (total.get(outer) ?? 0) + text);
    const siblings = inner.get(outer);
    if (siblings) siblings.push(shadow);
    else inner.set(outer, [shadow]);
  }
  const totalOf = (shadow: ShadowRoot) => total.get(shadow)!;
  const topLevel = roots.filter((shadow) => shadow.host.getRootNode().nodeType !== DOCUMENT_FRAGMENT);
  let best: ShadowRoot | null = null;
  for (const shadow of topLevel) if (totalOf(shadow) > (best ? totalOf(best) : floor)) best = shadow;
  // Components of one kind beside another component are the article only when they clearly hold more.
  const group = pageHoldsNone ? paragraphComponents(topLevel, totalOf) : null;
  const beside = best && group && best.host.parentNode === group.container && best.host.localName === group.kind ? 1 : 2;
  if (group && group.text > (best ? beside * totalOf(best) : floor)) {
    return { root: group.container, reading: BY_PARAGRAPHS, throughComponents: { text: group.text } };
  }
  for (let current = best; current; ) {
    const text = totalOf(current);
    const members = inner.get(current) ?? [];
    const paragraphs = paragraphComponents(members, totalOf);
    if (paragraphs && paragraphs.text > text / 2) return { root: current, reading: BY_PARAGRAPHS, throughComponents: { text } };
    if (own.get(current)! > text / 2 || !members.length) return rootWithin(current, own.get(current)!);
    const candidates = members.filter((m) => !mostlyLinkText(m));
    if (!candidates.length) return rootWithin(current, own.get(current)!);
    current = candidates.reduce((a, b) => (totalOf(b) > totalOf(a) ? b : a));
  }
  return null;
}

/**
 * The components of one kind (tag name) side by side with the most text among `roots`, at
 * least MIN_PARAGRAPH_COMPONENTS of them, outside page furniture; with what holds them.
 */
function paragraphComponents(roots: ShadowRoot[], totalOf: (shadow: ShadowRoot) => number): { container: Scope; kind: string; text: number } | null {
  const groups = new Map<Node, Map<string, { text: number; count: number }>>();
  for (const shadow of roots) {
    const host = shadow.host;
    const container = host.parentNode;
    if (!container || host.closest(FURNITURE) || mostlyLinkText(shadow)) continue;
    const kinds = groups.get(container) ?? new Map<string, { text: number; count: number }>();
    groups.set(container, kinds);
    const kind = kinds.get(host.localName) ?? { text: 0, count: 0 };
    kinds.set(host.localName, { text: kind.text + totalOf(shadow), count: kind.count + 1 });
  }
  let best: { container: Scope; kind: string; text: number } | null = null;
  for (const [container, kinds] of groups) {
    for (const [kind, { text, count }] of kinds) if (count >= MIN_PARAGRAPH_COMPONENTS && text > (best?.text ?? 0)) best = { container: container as Scope, kind, text };
  }
  return best;
}

/** Whether a component's text is mostly links (a teaser card, a list of related stories). */
function mostlyLinkText(shadow: ShadowRoot): boolean {
  let all = 0;
  let linked = 0;
  for (const child of Array.from(shadow.children)) all += readableLength(child);
  for (const a of Array.from(shadow.querySelectorAll('a'))) linked += readableLength(a);
  return all > 0 && linked >= LINK_LIST_SHARE * all;
}

function rootWithin(scope: Scope, pageText: number): Found {
  const container = blockContainer(scope, Array.from(scope.querySelectorAll('p')), BY_PARAGRAPHS, pageText);
  // The best paragraph container wins even beside many teasers, so it needs a smaller share.
  if (container && container.score >= CONTAINER_SHARE * pageText) return { root: container.element, reading: BY_PARAGRAPHS };
  for (const selector of ARTICLE_ROOTS) {
    let best: Element | null = null;
    let bestLength = 0;
    for (const el of Array.from(scope.querySelectorAll(selector))) {
      const length = paragraphText(el);
      if (length > bestLength) {
        best = el;
        bestLength = length;
      }
    }
    if (best && bestLength >= 500 && bestLength >= MAIN_SHARE * pageText) return { root: best, reading: BY_PARAGRAPHS };
  }
  // Pages whose paragraphs are not <p> (divs, list items, lines separated by <br>): the same
  // search over every block with running text of its own, measured the same way throughout.
  const blocks = Array.from(scope.querySelectorAll(BY_BLOCKS.blocks));
  const text = blocks.reduce((n, el) => n + ownText(el), 0);
  const textual = blockContainer(scope, blocks, BY_BLOCKS, text);
  if (textual && textual.score >= CONTAINER_SHARE * text) return { root: textual.element, reading: BY_BLOCKS };
  return { root: scope, reading: BY_PARAGRAPHS };
}

const BY_PARAGRAPHS: Reading = { blocks: 'p', lengthOf: readableLength, measure: paragraphText, blockHoldsText: false };
const BY_BLOCKS: Reading = { blocks: 'p, div, li, td, dd, section, blockquote', lengthOf: ownText, measure: blockText, blockHoldsText: true };

/**
 * The element whose blocks hold the most text: each block of some length counts fully for its
 * parent and half for its grandparent (blocks wrapped one by one in their own element still
 * add up in the element around them). Page furniture (header, aside...) is not a candidate.
 * An article split into sibling blocks of the same kind is taken whole.
 */
function blockContainer(body: Scope, blocks: Element[], reading: Reading, pageText: number): { element: Element; score: number } | null {
  const { lengthOf, measure } = reading;
  const scores = new Map<Element, number>();
  // (Measured by paragraphs even for a page without them: a boilerplate-named block there is
  // more often a footer or a notice than the wrapper of the article.)
  const minor = minorBoilerplate(pageText);
  for (const block of blocks) {
    const length = lengthOf(block);
    if (length < MIN_PARAGRAPH || block.closest(FURNITURE) || minor(block)) continue;
    // A block of running text (lines split by <br>) may be the whole article: it is a candidate too.
    if (reading.blockHoldsText) scores.set(block, (scores.get(block) ?? 0) + length);
    const parent = block.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
    const grandparent = parent.parentElement;
    if (grandparent) scores.set(grandparent, (scores.get(grandparent) ?? 0) + length / 2);
  }
  let best: { element: Element; score: number } | null = null;
  for (const [element, score] of scores) if (!best || score > best.score) best = { element, score };
  if (!best || best.score < MIN_ARTICLE) return null;
  // An article cut into blocks of the same kind (between ads, pull quotes, images): take the
  // nearest element that holds all of them.
  const label = best.element.getAttribute('class');
  if (!label) return best;
  const parts = elementsNamed(body, best.element.localName).filter((el) => el.getAttribute('class') === label && measure(el) >= 2 * MIN_PARAGRAPH);
  let element = best.element;
  for (const part of parts) while (!element.contains(part) && element.parentElement && element !== (body as Node)) element = element.parentElement;
  return { element, score: best.score };
}

/** Elements of one tag name (no selector: a name such as "st1:story" is no valid one). */
function elementsNamed(scope: Scope, name: string): Element[] {
  if (scope.nodeType === 1) return Array.from((scope as Element).getElementsByTagName(name));
  return Array.from(scope.querySelectorAll('*')).filter((el) => el.localName === name);
}

/** The own running text of an element's blocks, itself included: the measure of an article written without <p>. */
function blockText(el: Scope): number {
  let n = el.nodeType === 1 ? ownText(el as Element) : 0;
  for (const block of Array.from(el.querySelectorAll(BY_BLOCKS.blocks))) n += ownText(block);
  return n;
}

/** Characters of an element's own running text: its text nodes and inline markup, links left out. */
function ownText(el: Element): number {
  let own = 0;
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3) own += (child as Text).data.trim().length;
    else if (child.nodeType === 1 && INLINE_TEXT.has((child as Element).tagName)) own += readableLength(child as Element);
  }
  return own;
}

/** Whether an element sits in a small boilerplate-named block (a consent notice, a share box). */
function minorBoilerplate(pageText: number): (el: Element) => boolean {
  const verdict = new Map<Element, boolean>();
  return (el) => {
    for (let a = el.parentElement; a && a.tagName !== 'BODY'; a = a.parentElement) {
      let minor = verdict.get(a);
      if (minor === undefined) {
        const label = `${a.getAttribute('class') ?? ''} ${a.getAttribute('id') ?? ''}`;
        minor = label.length > 1 && BOILERPLATE.test(label) && paragraphText(a) < MAIN_SHARE * pageText;
        verdict.set(a, minor);
      }
      if (minor) return true;
    }
    return false;
  };
}

/** Characters of readable text in an element: scripts, styles and hidden parts left out. */
function readableLength(el: Element): number {
  let n = 0;
  const stack: Node[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) n += (node as Text).data.trim().length;
    else if (node.nodeType === 1 && (node === el || !NOT_TEXT.has((node as Element).tagName.toUpperCase()))) {
      const children = node.childNodes;
      for (let i = 0; i < children.length; i++) stack.push(children[i]!);
    }
  }
  return n;
}

function paragraphText(el: Scope): number {
  let n = 0;
  for (const p of Array.from(el.querySelectorAll('p'))) n += readableLength(p);
  return n;
}

function skipped(el: Element, rootText: number, measure: Reading['measure']): boolean {
  // Our own card's host, whatever name it had to take on this page.
  if (SKIP_TAGS.has(el.tagName.toUpperCase()) || el.localName.startsWith(CARD_HOST)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (el.getAttribute('contenteditable') === '' || el.getAttribute('contenteditable') === 'true') return true;
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'complementary' || role === 'contentinfo' || role === 'banner' || role === 'textbox') return true;
  if (LISTS.has(el.tagName.toUpperCase()) && mostlyLinks(el)) return true;
  const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  // Layout wrappers are named after what sits beside them ("content-with-sidebar"): a
  // boilerplate-looking name on the element that holds the article does not make it boilerplate.
  return label.length > 1 && BOILERPLATE.test(label) && measure(el) < MAIN_SHARE * rootText;
}

const LISTS = new Set(['UL', 'OL', 'MENU', 'DL']);
/** Share of a list's text inside links above which it is a menu or a list of links, not prose. */
const LINK_LIST_SHARE = 0.6;

/** A list whose text is mostly links (site menus, "more from", footers of other brands). */
function mostlyLinks(list: Element): boolean {
  const links = Array.from(list.getElementsByTagName('a'));
  if (links.length < 2) return false;
  const total = readableLength(list);
  let linked = 0;
  for (const a of links) linked += readableLength(a);
  return total > 0 && linked >= LINK_LIST_SHARE * total;
}

/**
 * The nearest block-level ancestor: text nodes under one block form one paragraph of text. In a
 * shadow root the ancestors are those the browser shows (`flat`): slots, and hosts of roots.
 */
function blockOf(node: Node, root: Scope, flat: boolean): Node {
  const up = flat ? flatParent : (n: Node) => n.parentNode;
  for (let n = up(node); n && n !== (root as Node); n = up(n)) {
    if (n.nodeType === 1 && BLOCK_TAGS.has((n as Element).tagName.toUpperCase())) return n;
  }
  return root;
}

export function extractArticle(doc: Document, options: ExtractOptions = {}): ExtractedText {
  const maxChars = options.maxChars ?? 2_000_000;
  const found = findArticle(doc);
  const pieces: TextPiece[] = [];
  const parts: string[] = [];
  let length = 0;
  let blocks = 0;
  if (!found) return { text: '', pieces, blocks };
  const { root, throughComponents } = found;
  // An article split into components is measured with their text, where boilerplate is left out.
  const measure = throughComponents ? flatParagraphText : found.reading.measure;
  const rootText = throughComponents ? throughComponents.text : measure(root);
  // An article in a shadow root is read as the browser shows it: into the shadow roots of its
  // components, and through their slots to the content placed in them.
  const inShadow = root.getRootNode().nodeType === DOCUMENT_FRAGMENT || throughComponents !== undefined;
  let currentBlock: Node | null = null;
  let gap = false;
  // A <br>, an <hr> or an empty block between two words of one block: they must stay apart.
  let lineBreak = false;
  // An explicit stack instead of a TreeWalker filter: skipping a subtree is one decision.
  const stack: Node[] = [root];
  const SHOW_TEXT = 3;
  while (stack.length && length < maxChars) {
    const node = stack.pop()!;
    if (node.nodeType === SHOW_TEXT) {
      const value = (node as Text).data;
      const block = blockOf(node, root, inShadow);
      if (!value.trim()) {
        // White space between inline words is kept as it stands, so offsets map one to one.
        if (block === currentBlock && !gap) {
          pieces.push({ node: node as Text, start: length });
          parts.push(value);
          length += value.length;
          lineBreak = false;
        } else if (currentBlock) gap = true;
        continue;
      }
      if (block !== currentBlock) {
        if (currentBlock) {
          parts.push('\n\n');
          length += 2;
        }
        currentBlock = block;
        blocks++;
        gap = false;
      } else if (lineBreak) {
        parts.push('\n');
        length += 1;
      }
      lineBreak = false;
      pieces.push({ node: node as Text, start: length, ...(gap ? { afterGap: true } : {}) });
      parts.push(value);
      length += value.length;
      gap = false;
      continue;
    }
    if (node.nodeType === DOCUMENT_FRAGMENT) {
      pushChildren(stack, node.childNodes);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === 'BR' || tag === 'HR' || BLOCK_TAGS.has(tag)) lineBreak = true;
    if (el !== (root as Node) && skipped(el, rootText, measure)) {
      gap = true;
      continue;
    }
    if (inShadow && el.shadowRoot) stack.push(el.shadowRoot);
    else if (inShadow && tag === 'SLOT') {
      const placed = (el as HTMLSlotElement).assignedNodes();
      pushChildren(stack, placed.length ? placed : el.childNodes);
    } else pushChildren(stack, el.childNodes);
  }
  return { text: parts.join(''), pieces, blocks, ...(inShadow ? { shadowRoots: watchedRoots(root, pieces) } : {}) };
}

/**
 * The shadow roots whose changes concern an article read from components: the roots around the
 * article's root (a page shell may swap the article), then each root that holds some of its text.
 */
function watchedRoots(root: Scope, pieces: TextPiece[]): ShadowRoot[] {
  const around: Node[] = [];
  for (let r = root.getRootNode(); r.nodeType === DOCUMENT_FRAGMENT; r = (r as ShadowRoot).host.getRootNode()) around.unshift(r);
  const holding = pieces.map(({ node }) => node.getRootNode());
  return [...new Set([...around, ...holding])].filter((r): r is ShadowRoot => r.nodeType === DOCUMENT_FRAGMENT);
}

/** Characters of paragraph text in a scope and in the open shadow roots of the components inside it (its own too). */
function flatParagraphText(scope: Scope): number {
  const own = scope.nodeType === 1 ? (scope as Element).shadowRoot : null;
  const scopes: Scope[] = [scope, ...openShadowRoots(scope, SHADOW_SEARCH_ELEMENTS)];
  if (own) scopes.push(own, ...openShadowRoots(own, SHADOW_SEARCH_ELEMENTS));
  return scopes.reduce((n, s) => n + paragraphText(s), 0);
}

const DOCUMENT_FRAGMENT = 11;

/** Children pushed last first, so they are taken in order. */
function pushChildren(stack: Node[], children: ArrayLike<Node>): void {
  for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
}

/** The page's title and publication date, from the metadata publishers put in their pages. */
import { openShadowRoots } from './shadow';

const DATE_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[property="og:published_time"]',
];

export function publishedDate(doc: Document): string | null {
  for (const selector of DATE_SELECTORS) {
    const v = doc.querySelector(selector)?.getAttribute('content');
    if (v && /^\d{4}-\d{2}/.test(v.trim())) return v.trim().slice(0, 10);
  }
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 5)) {
    const m = (script.textContent ?? '').slice(0, 100_000).match(/"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})/);
    if (m) return m[1]!;
  }
  const time = doc.querySelector('article time[datetime], time[pubdate][datetime]')?.getAttribute('datetime');
  if (time && /^\d{4}-\d{2}-\d{2}/.test(time)) return time.slice(0, 10);
  return null;
}

export function pageTitle(doc: Document): string {
  return (doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? doc.title ?? '').trim();
}

/** Below this much paragraph text, the sample walks all the page's text instead. */
const MIN_PARAGRAPH_SAMPLE = 1_000;

/**
 * Up to `max` characters of the page's text, read without layout, for the gate. Paragraphs
 * first: few elements, each read natively, and the article's own text rather than menus; those
 * of the page's <article> first, where it has one, ahead of cookie notices and teasers. A page
 * with little paragraph text (articles built of divs) is walked node by node instead.
 */
export function sampleText(doc: Document, max: number): string {
  const body = doc.body;
  if (!body) return '';
  const enough = Math.min(max, MIN_PARAGRAPH_SAMPLE);
  // Live collections: reading their first items does not look at the rest of the page.
  const article = body.getElementsByTagName('article')[0];
  const inArticle = article ? paragraphText(article, max) : '';
  if (inArticle.length >= enough) return inArticle.slice(0, max);
  const inBody = paragraphText(body, max);
  if (inBody.length >= enough) return inBody.slice(0, max);
  let text = walkText(doc, body, max);
  // Almost no text of the page's own: pages built of web components keep theirs in shadow roots.
  if (text.length < enough) {
    for (const shadow of openShadowRoots(body, SHADOW_SAMPLE_ELEMENTS)) {
      if (text.length >= max) break;
      text += ` ${walkText(doc, shadow, max - text.length)}`;
    }
  }
  return text.slice(0, max);
}

// Elements the gate looks at for shadow roots: a bound on the main-thread time of every page.
const SHADOW_SAMPLE_ELEMENTS = 5_000;

function paragraphText(root: Element, max: number): string {
  const paragraphs = root.getElementsByTagName('p');
  const parts: string[] = [];
  let length = 0;
  // Indexing, never .length: counting the collection would walk the whole page.
  let paragraph: Element | undefined;
  for (let i = 0; length < max && (paragraph = paragraphs[i]); i++) {
    const text = paragraph.textContent ?? '';
    parts.push(text);
    length += text.length;
  }
  return parts.join(' ');
}

function walkText(doc: Document, root: Node, max: number): string {
  const parts: string[] = [];
  let length = 0;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let node: Node | null;
  while (length < max && (node = walker.nextNode())) {
    const parent = node.parentElement?.tagName;
    if (parent === 'SCRIPT' || parent === 'STYLE' || parent === 'NOSCRIPT' || parent === 'TEMPLATE') continue;
    const data = (node as Text).data;
    parts.push(data);
    length += data.length;
  }
  return parts.join(' ');
}

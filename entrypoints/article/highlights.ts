/**
 * Marks painted with the CSS Custom Highlight API: the page's DOM is never changed, only one
 * style element is added for the two mark styles (and one in each of the page's shadow roots
 * that holds marked text, where the page's styles do not reach), and clearing removes every trace.
 */
import type { CardTarget } from '@/components/Card';
import { isDarkBackground } from '@/lib/colour';

export interface Mark {
  range: Range;
  target: CardTarget;
  /** The text the range held when drawn: a range whose text changed is dropped. */
  text: string;
  /** Which analysed part of the page it comes from. */
  part: number;
  /** Its place in the page: parts in page order, then offsets in the part. */
  order: number;
}

export const HIGHLIGHT_NAMES = { actor: 'syria-lens-actor', claim: 'syria-lens-claim', flash: 'syria-lens-flash' } as const;
/** How long a mark shown from the popup stays lit. */
const FLASH_MS = 1_600;
const STYLE_ID = 'syria-lens-marks';

// Marks differ by line style as well as hue, so colour is never the only signal. Two palettes:
// on a dark page, the light tints of a white page would wash the page's light text out.
const PALETTES = {
  light: {
    actor: 'background-color: rgba(56, 132, 255, 0.16); text-decoration: underline solid rgba(40, 100, 220, 0.9) 2px;',
    claim: 'background-color: rgba(255, 176, 32, 0.2); text-decoration: underline dashed rgba(190, 110, 0, 0.95) 2px;',
    flash: 'background-color: rgba(255, 200, 0, 0.65); color: #111;',
  },
  dark: {
    actor: 'background-color: rgba(90, 150, 255, 0.28); text-decoration: underline solid rgba(150, 190, 255, 0.95) 2px;',
    claim: 'background-color: rgba(255, 180, 60, 0.26); text-decoration: underline dashed rgba(255, 205, 120, 0.95) 2px;',
    flash: 'background-color: rgba(255, 215, 0, 0.85); color: #111;',
  },
} as const;

export type Palette = keyof typeof PALETTES;

const markCss = (palette: Palette) =>
  (Object.keys(HIGHLIGHT_NAMES) as Array<keyof typeof HIGHLIGHT_NAMES>)
    .map((kind) => `::highlight(${HIGHLIGHT_NAMES[kind]}) { ${PALETTES[palette][kind]} }`)
    .join('\n');

/** The palette for marks on `el`'s text: from the background colours the browser computed behind it. */
export function paletteBehind(el: Element | null): Palette {
  const colours: string[] = [];
  for (let e = el; e; e = composedParent(e)) colours.push(getComputedStyle(e).backgroundColor);
  return isDarkBackground(colours) ? 'dark' : 'light';
}

/** The parent element, or the host of the shadow root the element is at the top of. */
function composedParent(el: Element): Element | null {
  return el.parentElement ?? (el.parentNode as ShadowRoot | null)?.host ?? null;
}

/** The page's shadow root that holds a range's text, if any. */
function shadowRootOf(range: Range): ShadowRoot | null {
  const root = range.startContainer.getRootNode();
  return root.nodeType === 11 /* DOCUMENT_FRAGMENT_NODE */ ? (root as ShadowRoot) : null;
}

/** One of the style elements of the marks (inserting them is no change of the page's text). */
export function isMarkStyle(node: Node): boolean {
  return node.nodeName === 'STYLE' && (node as Element).id === STYLE_ID;
}

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class MarkLayer {
  private marks: Mark[] = [];
  /** Our own style element, held by reference: a page's element with the same id is never touched. */
  private style: HTMLStyleElement | null = null;
  /** The same style in each of the page's shadow roots that holds marked text. */
  private shadowStyles = new Map<ShadowRoot, HTMLStyleElement>();
  private palette: Palette = 'light';
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly doc: Document) {}

  get all(): readonly Mark[] {
    return this.marks;
  }

  /** `palette`: 'dark' on a page whose article sits on a dark background. */
  show(marks: Mark[], palette: Palette = this.palette): void {
    this.clear();
    this.palette = palette;
    // Ordered by number, not by comparing ranges in the DOM: thousands of marks stay cheap.
    this.marks = marks.sort((a, b) => a.order - b.order);
    const actor = new Highlight(...marks.filter((m) => m.target.type === 'actor').map((m) => m.range));
    const claim = new Highlight(...marks.filter((m) => m.target.type === 'claim').map((m) => m.range));
    CSS.highlights.set(HIGHLIGHT_NAMES.actor, actor);
    CSS.highlights.set(HIGHLIGHT_NAMES.claim, claim);
    this.ensureStyle(marks.map((m) => m.range));
  }

  /** Lights up one range for a moment (a figure shown from the popup). */
  flash(range: Range): void {
    this.ensureStyle([range]);
    clearTimeout(this.flashTimer);
    CSS.highlights.set(HIGHLIGHT_NAMES.flash, new Highlight(range));
    this.flashTimer = setTimeout(() => {
      CSS.highlights.delete(HIGHLIGHT_NAMES.flash);
      // Marks hidden or switched off meanwhile: the style element goes with the flash.
      if (this.marks.length === 0) this.clear();
    }, FLASH_MS);
  }

  private ensureStyle(ranges: Range[]): void {
    if (!this.style?.isConnected) {
      this.style = this.styleElement();
      (this.doc.head ?? this.doc.documentElement).append(this.style);
    }
    for (const range of ranges) {
      const shadow = shadowRootOf(range);
      if (!shadow || this.shadowStyles.get(shadow)?.isConnected) continue;
      const style = this.styleElement();
      // First, so that the component's last element stays its last child (":last-child" rules).
      shadow.prepend(style);
      this.shadowStyles.set(shadow, style);
    }
  }

  private styleElement(): HTMLStyleElement {
    const style = this.doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = markCss(this.palette);
    return style;
  }

  clear(): void {
    clearTimeout(this.flashTimer);
    CSS.highlights.delete(HIGHLIGHT_NAMES.flash);
    CSS.highlights.delete(HIGHLIGHT_NAMES.actor);
    CSS.highlights.delete(HIGHLIGHT_NAMES.claim);
    this.style?.remove();
    this.style = null;
    for (const style of this.shadowStyles.values()) style.remove();
    this.shadowStyles.clear();
    this.marks = [];
  }

  /** The mark under a point of the viewport, with the rectangle of the line it is on. */
  markAt(x: number, y: number): { mark: Mark; rect: DOMRect } | null {
    if (this.marks.length === 0) return null;
    const caret = caretAt(this.doc, x, y, [...this.shadowStyles.keys()]);
    if (!caret) return null;
    for (const mark of this.marks) {
      if (!mark.range.isPointInRange(caret.node, caret.offset)) continue;
      // The caret snaps to the nearest text: make sure the point is really over the mark.
      for (const rect of Array.from(mark.range.getClientRects())) {
        if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return { mark, rect };
      }
    }
    return null;
  }
}

/** The text position under a point; inside the shadow roots given, where marks may be. */
function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = shadowRoots.length ? doc.caretPositionFromPoint(x, y, { shadowRoots }) : doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint;
  if (typeof legacy === 'function') {
    const r = legacy.call(doc, x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

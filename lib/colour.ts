/**
 * The page's background, from the colours the browser computed for an element and its
 * ancestors: the marks take a palette that stays readable on it.
 */

/** [r, g, b, alpha] from a computed colour ("rgb(12, 34, 56)", "rgba(0, 0, 0, 0)"); null otherwise. */
export function parseComputedColour(value: string): [number, number, number, number] | null {
  const m = value.match(/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : Number(m[4]) / (m[5] ? 100 : 1);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
}

/** WCAG relative luminance of an sRGB colour, 0 (black) to 1 (white). */
export function relativeLuminance([r, g, b]: readonly number[]): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
}

/**
 * Whether the background behind an element is dark, given the computed background colours
 * from the element outwards (the page itself last). Transparent layers are looked through; a
 * page that paints nothing is the browser's white.
 */
export function isDarkBackground(colours: readonly string[]): boolean {
  for (const value of colours) {
    const c = parseComputedColour(value);
    if (!c || c[3] < 0.5) continue;
    // Below this, dark text would have less contrast than light text: a dark background.
    return relativeLuminance(c) < 0.18;
  }
  return false;
}

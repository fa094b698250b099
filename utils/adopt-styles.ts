/**
 * An extension page's styles as a constructed style sheet: the pages' Content-Security-Policy
 * (wxt.config.ts) allows no inline <style>, and constructed sheets are not inline styles.
 */
export function adoptStyles(doc: Document, css: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

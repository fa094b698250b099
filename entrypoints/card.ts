/**
 * The hover card's interface (Preact, the card component, its styles and words), loaded by the
 * background into a page only when the page's first card opens: pages read without hovering a
 * mark never load it, and the article script starts without it.
 */
import { i18n } from '#i18n';
import { setTranslator } from '@/components/i18n';
import { CARD_KEY } from '@/lib/messages';
import { CardHost } from './article/card-host';

export default defineUnlistedScript(() => {
  setTranslator(i18n.t);
  // For the article script, which shares this world (invisible to the page).
  (globalThis as Record<symbol, unknown>)[Symbol.for(CARD_KEY)] = CardHost;
});

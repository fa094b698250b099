/**
 * The only script that runs on every page, kept small: it reads the title, the URL and a
 * bounded text sample and tests them against a list of words. A page that fails costs that
 * and nothing more: the extension API is not even touched, since its first use is most of
 * the cost of a content script. A page that passes asks the background to load the article
 * script. (When the popup asks about a page turned away, the background checks it again.)
 *
 * It runs in frames too, and goes on in a frame only when the frame could hold the article.
 *
 * An unlisted script, declared in the manifest by wxt.config.ts, rather than a WXT content
 * script: that wrapper and the webextension-polyfill it brings cost more main-thread time on
 * every page than the gate itself (see README, Performance). It uses the browser's own
 * messaging, which needs no polyfill for a fire-and-forget message.
 */
import { ARTICLE_FRAME, GATE_SAMPLE_CHARS, passesGate } from '@/lib/topic/gate';
import { GATE_PASSED_KEY, MSG, type GateMessage } from '@/lib/messages';
import { sampleText } from './article/metadata';

/**
 * A frame may hold the page's article when it is big enough and of the page's own origin all
 * the way up: each frame's frameElement is visible only to a document of its parent's origin
 * (null across origins and in sandboxed frames; reading it on a window of another origin throws).
 */
function mayHoldArticle(): boolean {
  if (innerWidth < ARTICLE_FRAME.width || innerHeight < ARTICLE_FRAME.height) return false;
  try {
    for (let w: Window = window; w !== w.top; w = w.parent) if (!w.frameElement) return false;
    return true;
  } catch {
    return false;
  }
}

/** The part of the runtime API the gate uses, the same in Chrome (`chrome`) and Firefox (`browser`). */
interface Runtime {
  sendMessage(message: unknown): Promise<unknown> | undefined;
}

/**
 * Whether the document passed (undefined: not a document the gate reads). The background runs
 * the gate itself this way, to tell a page turned away from one never looked at.
 */
export default defineUnlistedScript((): boolean | undefined => {
  // Only HTML documents: not SVG, XML or plain-text views. (No `instanceof HTMLDocument` and
  // no `location`: each would build another object of the page's API in this script's world.)
  if (document.contentType !== 'text/html' || !document.body) return undefined;
  if (window.top !== window && !mayHoldArticle()) return undefined;
  // The title and address decide many pages; the text sample is read only when they do not.
  const passed =
    passesGate({ title: document.title, url: document.URL, sample: '' }) ||
    passesGate({ title: '', url: '', sample: sampleText(document, GATE_SAMPLE_CHARS) });
  if (!passed) return false;
  // For the article script, which shares this world (invisible to the page): this document passed.
  (globalThis as Record<symbol, unknown>)[Symbol.for(GATE_PASSED_KEY)] = true;
  const api = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  const message: GateMessage = { type: MSG.gatePassed };
  // Rejected while the extension reloads: nothing to do then.
  (api.browser?.runtime ?? api.chrome?.runtime)?.sendMessage(message)?.catch(() => undefined);
  return true;
});

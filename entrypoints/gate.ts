/**
 * The only script that runs on every page, kept small: it reads the title, the URL and a
 * bounded text sample and tests them against one expression. A page that fails costs that
 * and nothing more. A page that passes asks the background to load the article script.
 *
 * An unlisted script, declared in the manifest by wxt.config.ts, rather than a WXT content
 * script: that wrapper and the webextension-polyfill it brings cost more main-thread time on
 * every page than the gate itself (see README, Performance). It uses the browser's own
 * messaging, which needs no polyfill for a fire-and-forget message and a synchronous answer.
 */
import { GATE_SAMPLE_CHARS, passesGate } from '@/lib/topic/gate';
import { MSG, isCurrentRequest, type GateMessage, type PageState } from '@/lib/messages';
import { pageTitle, sampleText } from './article/metadata';

/** The part of the runtime API the gate uses, the same in Chrome (`chrome`) and Firefox (`browser`). */
interface Runtime {
  sendMessage(message: unknown): Promise<unknown> | undefined;
  onMessage: { addListener(listener: (message: unknown, sender: unknown, respond: (answer: unknown) => void) => void): void };
}

export default defineUnlistedScript(() => {
  // Only HTML documents: not SVG, XML or plain-text views.
  if (!(document instanceof HTMLDocument) || document.contentType !== 'text/html' || !document.body) return;
  const api = (globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } });
  const runtime = api.browser?.runtime ?? api.chrome?.runtime;
  if (!runtime) return;
  // The title and address decide many pages; the text sample is read only when they do not.
  const passed =
    passesGate({ title: pageTitle(document), url: location.href, sample: '' }) ||
    passesGate({ title: '', url: '', sample: sampleText(document, GATE_SAMPLE_CHARS) });
  if (passed) {
    const message: GateMessage = { type: MSG.gatePassed };
    // Rejected while the extension reloads: nothing to do then.
    runtime.sendMessage(message)?.catch(() => undefined);
    return;
  }
  // Turned away: say so when asked, so the popup can tell the reader, and offer to analyse anyway.
  runtime.onMessage.addListener((message, _sender, respond) => {
    // Once the article script is loaded (a checked selection, "Analyse anyway"), it answers.
    if (!isCurrentRequest(message) || (globalThis as Record<symbol, unknown>)[Symbol.for('syria-lens.article')]) return;
    const state: PageState = { analysis: null, gate: 'failed' };
    respond(state);
  });
});

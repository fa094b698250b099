/**
 * The only script that runs on every page, kept small: it reads the title, the URL and a
 * bounded text sample and tests them against one expression. A page that fails costs that
 * and nothing more. A page that passes asks the background to load the article script.
 */
import { browser } from 'wxt/browser';
import { passesGate } from '@/lib/topic/gate';
import { MSG, isCurrentRequest, type GateMessage, type PageState } from '@/lib/messages';
import { pageTitle, sampleText } from './metadata';

const GATE_SAMPLE_CHARS = 10_000;

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main() {
    // Only HTML documents: not SVG, XML or plain-text views.
    if (!(document instanceof HTMLDocument) || document.contentType !== 'text/html' || !document.body) return;
    const title = pageTitle(document);
    // The title and address decide many pages; the text sample is read only when they do not.
    const passed =
      passesGate({ title, url: location.href, sample: '' }) || passesGate({ title: '', url: '', sample: sampleText(document, GATE_SAMPLE_CHARS) });
    if (passed) {
      const message: GateMessage = { type: MSG.gatePassed };
      void browser.runtime.sendMessage(message);
      return;
    }
    // Turned away: say so when asked, so the popup can tell the reader, and offer to analyse anyway.
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isCurrentRequest(message)) return undefined;
      const state: PageState = { analysis: null, gate: 'failed' };
      return Promise.resolve(state);
    });
  },
});

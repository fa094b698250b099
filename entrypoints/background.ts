/**
 * Runs the analysis for the pages' content scripts, keeps one result per tab (dropped when the
 * tab navigates or closes), sets the toolbar badge, and answers the popup.
 */
import { browser, type Browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { createAnalyzer, notAnalysed, type Analyzer } from '@/lib/analyze';
import { mergeAnalyses } from '@/lib/merge';
import { knowledge } from '@/lib/knowledge';
import { GATE_SAMPLE_CHARS, passesGate } from '@/lib/topic/gate';
import {
  COMMANDS,
  MAX_SELECTION_CHARS,
  MSG,
  isAnalysisRequest,
  isAnalyzePage,
  isAnalyzeSelection,
  isArticleReady,
  isForceRequest,
  isGateMessage,
  isRevealClaim,
  markCount,
  type AnalyzePageMessage,
  type CheckSelection,
  type CommandMessage,
  type CommandName,
  type PageState,
  type RevealClaim,
} from '@/lib/messages';
import type { Analysis } from '@/lib/types';

/** The context-menu entry on selected text. */
const CHECK_SELECTION_MENU = 'syria-lens-check-selection';

export default defineBackground(() => {
  let analyzer: Analyzer | null = null;
  const results = new Map<number, Analysis>();
  /** Tabs whose page passed the gate, and tabs where the reader asked to analyse a page the gate turned away. */
  const gatePassed = new Set<number>();
  const forced = new Set<number>();
  const analyse = (...args: Parameters<Analyzer['analyze']>) => (analyzer ??= createAnalyzer(knowledge)).analyze(...args);

  /** Loads the article script into a tab's top frame; loading it twice is harmless. */
  async function loadArticleScript(tabId: number): Promise<void> {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/article.js'] });
  }

  // The popup, or the popup page opened in a tab: never a content script, whose URL is the page's.
  const fromExtensionPage = (sender: Browser.runtime.MessageSender) =>
    sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));

  async function setBadge(tabId: number, analysis: Analysis | null) {
    const n = markCount(analysis);
    const action = browser.action ?? browser.browserAction;
    await action.setBadgeText({ tabId, text: n > 0 ? String(n) : '' });
    await action.setBadgeBackgroundColor({ tabId, color: '#2b5fb3' });
  }

  function analysePage(message: AnalyzePageMessage, tabId: number): Analysis {
    const analysis = analyse(
      { text: message.text, title: message.title, url: message.url, date: message.date },
      { force: message.force },
    );
    const previous = message.append ? results.get(tabId) : undefined;
    const combined = previous ? mergeAnalyses(previous, analysis) : analysis;
    results.set(tabId, combined);
    void setBadge(tabId, combined);
    return analysis;
  }

  /** The tab's result; after the background was suspended, the content script still holds it. */
  async function resultFor(tabId: number): Promise<Analysis | null> {
    const cached = results.get(tabId);
    if (cached) return cached;
    try {
      const current = (await browser.tabs.sendMessage(tabId, { type: MSG.current })) as PageState | undefined;
      if (current?.analysis) {
        results.set(tabId, current.analysis);
        return current.analysis;
      }
      // The page failed the topic gate: nothing was analysed, and the popup says so.
      return current?.gate === 'failed' ? notAnalysed(knowledge.meta.as_of) : null;
    } catch {
      return gateVerdict(tabId);
    }
  }

  /**
   * No script answered: the gate turned the page away without a word (it never touches the
   * extension API then), or the page was open before the extension, or it cannot be scripted.
   * The gate's test, run again here, tells which; only a page turned away says so.
   */
  async function gateVerdict(tabId: number): Promise<Analysis | null> {
    try {
      const [frame] = await browser.scripting.executeScript({
        target: { tabId, frameIds: [0] },
        func: (max: number) => ({
          html: document.contentType === 'text/html',
          title: document.title,
          url: location.href,
          sample: (document.body?.innerText ?? '').slice(0, max),
        }),
        args: [GATE_SAMPLE_CHARS],
      });
      const page = frame?.result as { html: boolean; title: string; url: string; sample: string } | undefined;
      if (!page?.html) return null;
      const passed = passesGate({ title: page.title, url: page.url, sample: '' }) || passesGate({ title: '', url: '', sample: page.sample });
      return passed ? null : notAnalysed(knowledge.meta.as_of);
    } catch {
      return null; // a page no extension may script
    }
  }

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (isGateMessage(message)) {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0) return undefined;
      gatePassed.add(tabId);
      return loadArticleScript(tabId).then(() => null, () => null);
    }
    if (isArticleReady(message)) {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0) return undefined;
      // Loaded only to check a selection: the page itself is not analysed.
      return Promise.resolve({ force: forced.has(tabId), analysePage: gatePassed.has(tabId) || forced.has(tabId) });
    }
    if (isAnalyzeSelection(message)) {
      // The selection's own analysis, whatever its topic; it does not join the tab's result.
      if (sender.tab?.id === undefined || sender.frameId !== 0) return undefined;
      return Promise.resolve(analyse({ text: message.text, title: message.title, url: message.url, date: message.date }, { force: true }));
    }
    if (isAnalyzePage(message)) {
      // Only a content script may ask, and only for its own tab.
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0) return undefined;
      return Promise.resolve(analysePage(message, tabId));
    }
    if (isAnalysisRequest(message) && fromExtensionPage(sender)) return resultFor(message.tabId);
    if (isRevealClaim(message) && message.tabId !== undefined && fromExtensionPage(sender)) {
      const forward: RevealClaim = { type: MSG.revealClaim, claimIndex: message.claimIndex };
      return browser.tabs.sendMessage(message.tabId, forward, { frameId: 0 }).then(() => null, () => null);
    }
    if (isForceRequest(message) && fromExtensionPage(sender)) {
      const { tabId } = message;
      forced.add(tabId);
      return loadArticleScript(tabId)
        .then(() => browser.tabs.sendMessage(tabId, { type: MSG.run, force: true }))
        .catch(() => null);
    }
    return undefined;
  });

  // Keyboard shortcuts act on the page in the active tab (its article script, if loaded).
  browser.commands.onCommand.addListener(async (command) => {
    if (!COMMANDS.includes(command as CommandName)) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const message: CommandMessage = { type: MSG.command, command: command as CommandName };
    await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  });

  // "Check with Syria Lens" on selected text, on any page: the article script is loaded if it is
  // not there yet (without analysing the page), finds the selection and shows its card.
  const createMenu = () =>
    void browser.contextMenus
      .removeAll()
      .then(() => browser.contextMenus.create({ id: CHECK_SELECTION_MENU, title: i18n.t('contextMenu.checkSelection'), contexts: ['selection'] }));
  browser.runtime.onInstalled.addListener(createMenu);
  browser.runtime.onStartup.addListener(createMenu);
  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId !== CHECK_SELECTION_MENU || tab?.id === undefined || tab.id < 0) return;
    const tabId = tab.id;
    const message: CheckSelection = { type: MSG.checkSelection, text: (info.selectionText ?? '').slice(0, MAX_SELECTION_CHARS) };
    await loadArticleScript(tabId)
      .then(() => browser.tabs.sendMessage(tabId, message, { frameId: 0 }))
      .catch(() => undefined); // a page no extension may script (the browser's own pages)
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    results.delete(tabId);
    gatePassed.delete(tabId);
    forced.delete(tabId);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') {
      results.delete(tabId);
      gatePassed.delete(tabId);
      forced.delete(tabId);
      void setBadge(tabId, null).catch(() => undefined);
    }
  });
});

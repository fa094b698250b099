/**
 * Runs the analysis for the pages' content scripts, keeps their results per tab and frame
 * (dropped when the tab navigates or closes), sets the toolbar badge, and answers the popup.
 * A tab's article is in its top document, or in a frame of the page's own origin when the top
 * document holds none (the frame with the most marks).
 */
import { browser, type Browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { createAnalyzer, notAnalysed, type Analyzer } from '@/lib/analyze';
import { mergeAnalyses } from '@/lib/merge';
import { knowledge } from '@/lib/knowledge';
import {
  COMMANDS,
  MAX_SELECTION_CHARS,
  MSG,
  isAnalysisRequest,
  isAnalyzePage,
  isAnalyzeSelection,
  isArticleReady,
  isDocumentGone,
  isForceRequest,
  isGateMessage,
  isLoadCard,
  isMute,
  isRevealClaim,
  markCount,
  type AnalyzePageMessage,
  type ArticleReadyAnswer,
  type CheckSelection,
  type CurrentRequest,
  type CommandMessage,
  type CommandName,
  type PageState,
  type RevealClaim,
  type SettingsChanged,
} from '@/lib/messages';
import { DEFAULT_SETTINGS, withMuted } from '@/lib/settings';
import { readSettings, updateSettings, watchSettings } from '@/utils/settings-item';
import type { Analysis } from '@/lib/types';

/** The context-menu entry on selected text. */
const CHECK_SELECTION_MENU = 'syria-lens-check-selection';

export default defineBackground(() => {
  let analyzer: Analyzer | null = null;
  /** Tab → frame → that frame's analysis. */
  const results = new Map<number, Map<number, Analysis>>();
  /** Tabs where the reader asked to analyse a page the gate turned away (its top document). */
  const forced = new Set<number>();
  /** The mutes asked for by cards, written in turn. */
  let muting: Promise<unknown> = Promise.resolve();
  const analyse = (...args: Parameters<Analyzer['analyze']>) => (analyzer ??= createAnalyzer(knowledge)).analyze(...args);

  /** Loads one of the extension's scripts into a frame of a tab; loading one twice is harmless. */
  async function inject(tabId: number, frameId: number, file: '/article.js' | '/card.js'): Promise<void> {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
  }

  /** The frame that holds the tab's article: the top document, unless it has no marks and a frame has some (then the one with the most). */
  function articleFrame(tabId: number): number {
    const frames = results.get(tabId);
    if (!frames || markCount(frames.get(0) ?? null) > 0) return 0;
    let best = 0;
    let most = 0;
    for (const [frameId, analysis] of frames) {
      const n = markCount(analysis);
      if (n > most) [best, most] = [frameId, n];
    }
    return best;
  }

  const tabResult = (tabId: number) => results.get(tabId)?.get(articleFrame(tabId));

  function remember(tabId: number, frameId: number, analysis: Analysis): void {
    const frames = results.get(tabId) ?? new Map<number, Analysis>();
    frames.set(frameId, analysis);
    results.set(tabId, frames);
  }

  function forget(tabId: number): void {
    results.delete(tabId);
    forced.delete(tabId);
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

  function analysePage(message: AnalyzePageMessage, tabId: number, frameId: number): Analysis {
    const analysis = analyse(
      { text: message.text, title: message.title, url: message.url, date: message.date },
      { force: message.force },
    );
    const previous = message.append ? results.get(tabId)?.get(frameId) : undefined;
    remember(tabId, frameId, previous ? mergeAnalyses(previous, analysis) : analysis);
    void setBadge(tabId, tabResult(tabId) ?? null);
    return analysis;
  }

  /** The tab's result; after the background was suspended, the content scripts still hold theirs. */
  async function resultFor(tabId: number): Promise<Analysis | null> {
    const cached = tabResult(tabId);
    if (cached) return cached;
    const ask = (message: CurrentRequest, frameId?: number) =>
      (browser.tabs.sendMessage(tabId, message, frameId === undefined ? undefined : { frameId }) as Promise<PageState | undefined>).catch(() => undefined);
    const top = await ask({ type: MSG.current }, 0);
    if (top?.analysis) remember(tabId, 0, top.analysis);
    if (markCount(top?.analysis ?? null) === 0) {
      // An article in a frame: the frames are asked, and one holding an analysis answers.
      const framed = await ask({ type: MSG.current, framesOnly: true });
      if (framed?.analysis && framed.frameId) remember(tabId, framed.frameId, framed.analysis);
    }
    const recovered = tabResult(tabId);
    if (recovered) return recovered;
    // The page failed the topic gate: nothing was analysed, and the popup says so.
    if (top) return top.gate === 'failed' ? notAnalysed(knowledge.meta.as_of) : null;
    return gateVerdict(tabId);
  }

  /**
   * No script answered: the gate turned the page away without a word (it never touches the
   * extension API then), or the page was open before the extension, or it cannot be scripted.
   * The gate itself, run again here, tells which: a page that passes now is analysed (the gate
   * says so to the background), and only a page turned away says so.
   */
  async function gateVerdict(tabId: number): Promise<Analysis | null> {
    try {
      const [frame] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['/gate.js'] });
      return frame?.result === false ? notAnalysed(knowledge.meta.as_of) : null;
    } catch {
      return null; // a page no extension may script
    }
  }

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    // A content script speaks for its own tab and frame only.
    const tabId = sender.tab?.id;
    const frameId = sender.frameId;
    const fromPage = tabId !== undefined && frameId !== undefined;
    if (isGateMessage(message)) {
      if (!fromPage) return undefined;
      return inject(tabId, frameId, '/article.js').then(() => null, () => null);
    }
    if (isArticleReady(message)) {
      if (!fromPage) return undefined;
      // A new document in this frame: what an earlier one left is gone.
      results.get(tabId)?.delete(frameId);
      const force = frameId === 0 && forced.has(tabId);
      // Storage that cannot be read leaves the defaults, not a page without marks.
      return readSettings()
        .catch(() => DEFAULT_SETTINGS)
        .then((settings): ArticleReadyAnswer => ({ force, frameId, settings }));
    }
    if (isMute(message)) {
      if (!fromPage) return undefined;
      // One write after another: two quick mutes must not read the same settings and lose one.
      // The change reaches the pages as any change of the settings does (below).
      muting = muting.then(() => updateSettings((s) => withMuted(s, message))).catch(() => undefined);
      return muting.then(() => null);
    }
    if (isDocumentGone(message)) {
      if (!fromPage) return undefined;
      results.get(tabId)?.delete(frameId);
      void setBadge(tabId, tabResult(tabId) ?? null).catch(() => undefined);
      return undefined;
    }
    if (isLoadCard(message)) {
      if (!fromPage) return undefined;
      return inject(tabId, frameId, '/card.js').then(() => null, () => null);
    }
    if (isAnalyzeSelection(message)) {
      // The selection's own analysis, whatever its topic; it does not join the tab's result.
      if (!fromPage) return undefined;
      return Promise.resolve(analyse({ text: message.text, title: message.title, url: message.url, date: message.date }, { force: true }));
    }
    if (isAnalyzePage(message)) {
      if (!fromPage) return undefined;
      return Promise.resolve(analysePage(message, tabId, frameId));
    }
    if (isAnalysisRequest(message) && fromExtensionPage(sender)) return resultFor(message.tabId);
    if (isRevealClaim(message) && message.tabId !== undefined && fromExtensionPage(sender)) {
      const forward: RevealClaim = { type: MSG.revealClaim, claimIndex: message.claimIndex, claimText: message.claimText };
      return browser.tabs.sendMessage(message.tabId, forward, { frameId: articleFrame(message.tabId) }).then(() => null, () => null);
    }
    if (isForceRequest(message) && fromExtensionPage(sender)) {
      const { tabId } = message;
      forced.add(tabId);
      return inject(tabId, 0, '/article.js')
        .then(() => browser.tabs.sendMessage(tabId, { type: MSG.run, force: true }))
        .catch(() => null);
    }
    return undefined;
  });

  // Keyboard shortcuts act on the page in the active tab (its article scripts, if loaded): marks
  // are switched in every frame, stepped through in the article's.
  browser.commands.onCommand.addListener(async (command) => {
    if (!COMMANDS.includes(command as CommandName)) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const message: CommandMessage = { type: MSG.command, command: command as CommandName };
    if (command === 'toggle-marks') return void (await browser.tabs.sendMessage(tab.id, message).catch(() => undefined));
    await resultFor(tab.id); // after a suspension: which frame holds the article
    await browser.tabs.sendMessage(tab.id, message, { frameId: articleFrame(tab.id) }).catch(() => undefined);
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
    // The card opens in the frame where the text was selected.
    const frameId = info.frameId ?? 0;
    const message: CheckSelection = { type: MSG.checkSelection, text: (info.selectionText ?? '').slice(0, MAX_SELECTION_CHARS) };
    await inject(tabId, frameId, '/article.js')
      .then(() => browser.tabs.sendMessage(tabId, message, { frameId }))
      .catch(() => undefined); // a page no extension may script (the browser's own pages)
  });

  // The article scripts do not read storage: every change of the settings (options page,
  // popup, a card's mute) is sent to them, in every tab; a tab without them does not answer.
  watchSettings((settings) => {
    const message: SettingsChanged = { type: MSG.settingsChanged, settings };
    void browser.tabs.query({}).then((tabs) => {
      for (const tab of tabs) if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
    });
  });

  browser.tabs.onRemoved.addListener(forget);
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') {
      forget(tabId);
      void setBadge(tabId, null).catch(() => undefined);
    }
  });
});

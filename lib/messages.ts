/** The messages between the content script, the background and the popup, with shape checks. */
import type { Analysis, ClaimKind } from './types';
import type { Settings } from './settings';

export const MSG = {
  /** gate → background: this page may be about Syria; load the article script. */
  gatePassed: 'syria-lens/gate-passed',
  /**
   * article script → background: loaded; answered with ArticleReadyAnswer: whether the reader
   * asked to analyse this page, and which frame of the tab the script is in.
   */
  articleReady: 'syria-lens/article-ready',
  /** content → background: analyse this page's text. */
  analyzePage: 'syria-lens/analyze-page',
  /** popup → background: the analysis for a tab (null before analysis). */
  analysis: 'syria-lens/analysis',
  /** popup → background → content: analyse this tab even though it failed the gate. */
  force: 'syria-lens/force',
  /** background → article script: a keyboard shortcut was pressed. */
  command: 'syria-lens/command',
  /** background → content: run (with force) / send back the current result. */
  run: 'syria-lens/run',
  current: 'syria-lens/current',
  /** background → article script: the reader chose "Check with Syria Lens" on selected text. */
  checkSelection: 'syria-lens/check-selection',
  /** article script → background: analyse this selected text (answered with the analysis). */
  analyzeSelection: 'syria-lens/analyze-selection',
  /** popup → background (with tabId) → article script: scroll to a claim and flash it. */
  revealClaim: 'syria-lens/reveal-claim',
  /** article script → background: load the card's interface into my frame (answered once it is there). */
  loadCard: 'syria-lens/load-card',
  /** article script → background: my document is going away (the frame or tab navigates); drop its result. */
  documentGone: 'syria-lens/document-gone',
  /** background → article scripts in every tab: the reader's settings changed. */
  settingsChanged: 'syria-lens/settings-changed',
  /** article script → background: the reader muted an actor or a kind of figure from its card. */
  mute: 'syria-lens/mute',
} as const;

export interface AnalyzePageMessage {
  type: typeof MSG.analyzePage;
  text: string;
  title: string;
  url: string;
  date: string | null;
  force: boolean;
  /** Text that arrived after the first analysis: its findings join the tab's result. */
  append: boolean;
}

/** The gate marks a document that passed under Symbol.for(this) in the extension's world of that document. */
export const GATE_PASSED_KEY = 'syria-lens.gate-passed';

/** The card script puts its CardHost class under Symbol.for(this) in the extension's world of the page. */
export const CARD_KEY = 'syria-lens.card';

export interface LoadCard {
  type: typeof MSG.loadCard;
}

export interface GateMessage {
  type: typeof MSG.gatePassed;
}

export interface DocumentGone {
  type: typeof MSG.documentGone;
}

export interface ArticleReady {
  type: typeof MSG.articleReady;
}

export interface ArticleReadyAnswer {
  /** The reader asked to analyse this page though the gate turned it away. */
  force: boolean;
  /** The script's frame in its tab (0: the top document). */
  frameId: number;
  /**
   * The reader's settings: the article script never reads extension storage itself, which
   * keeps the storage library out of it and its first use off the page's main thread.
   */
  settings: Settings;
}

export interface SettingsChanged {
  type: typeof MSG.settingsChanged;
  settings: Settings;
}

/** Mute one actor, or one kind of figure. */
export type Mute = { type: typeof MSG.mute } & ({ actorId: string } | { claimKind: ClaimKind });

export type CommandName = 'toggle-marks' | 'next-mark' | 'previous-mark';
export const COMMANDS: readonly CommandName[] = ['toggle-marks', 'next-mark', 'previous-mark'];

export interface CommandMessage {
  type: typeof MSG.command;
  command: CommandName;
}

export interface AnalysisRequest {
  type: typeof MSG.analysis;
  tabId: number;
}

export interface ForceRequest {
  type: typeof MSG.force;
  tabId: number;
}

export interface RunRequest {
  type: typeof MSG.run;
  force: boolean;
}

export interface CheckSelection {
  type: typeof MSG.checkSelection;
  /** The selection as the browser reported it to the menu: used when the page's own selection is gone. */
  text: string;
}

export interface AnalyzeSelection {
  type: typeof MSG.analyzeSelection;
  text: string;
  title: string;
  url: string;
  date: string | null;
}

/** The most selected text analysed at once (a long article's worth). */
export const MAX_SELECTION_CHARS = 200_000;

export interface RevealClaim {
  type: typeof MSG.revealClaim;
  /** The claim's index in the tab's result (the popup's list). */
  claimIndex: number;
  /** The claim's text as the popup shows it: a page whose result changed since does not show another claim. */
  claimText: string;
  /** Present from the popup; the background forwards the message without it. */
  tabId?: number;
}

export interface CurrentRequest {
  type: typeof MSG.current;
  /** Sent to every frame of a tab: only a frame below the top that holds an analysis answers. */
  framesOnly?: boolean;
}

/** The content script's answer to `current`: its result, and whether its document passed the gate. */
export interface PageState {
  analysis: Analysis | null;
  gate: 'passed' | 'failed';
  /** The script's frame in its tab, when the background told it. */
  frameId: number | null;
}

/** The most text one page may send for analysis (about 1.3 million words). */
export const MAX_PAGE_CHARS = 8_000_000;

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

export function isAnalyzePage(x: unknown): x is AnalyzePageMessage {
  return (
    isObject(x) &&
    x.type === MSG.analyzePage &&
    typeof x.text === 'string' &&
    x.text.length <= MAX_PAGE_CHARS &&
    typeof x.title === 'string' &&
    typeof x.url === 'string' &&
    (x.date === null || typeof x.date === 'string') &&
    typeof x.force === 'boolean' &&
    typeof x.append === 'boolean'
  );
}

function hasTabId(x: Record<string, unknown>): boolean {
  return typeof x.tabId === 'number' && Number.isInteger(x.tabId) && x.tabId >= 0;
}

export function isGateMessage(x: unknown): x is GateMessage {
  return isObject(x) && x.type === MSG.gatePassed;
}

export function isLoadCard(x: unknown): x is LoadCard {
  return isObject(x) && x.type === MSG.loadCard;
}

export function isDocumentGone(x: unknown): x is DocumentGone {
  return isObject(x) && x.type === MSG.documentGone;
}

export function isSettingsChanged(x: unknown): x is SettingsChanged {
  return isObject(x) && x.type === MSG.settingsChanged && isObject(x.settings);
}

export function isMute(x: unknown): x is Mute {
  if (!isObject(x) || x.type !== MSG.mute) return false;
  // (An unknown kind mutes nothing: see withMuted.)
  if ('actorId' in x) return typeof x.actorId === 'string' && x.actorId.length > 0 && x.actorId.length <= 200;
  return typeof x.claimKind === 'string';
}

export function isArticleReady(x: unknown): x is ArticleReady {
  return isObject(x) && x.type === MSG.articleReady;
}

export function isCommandMessage(x: unknown): x is CommandMessage {
  return isObject(x) && x.type === MSG.command && COMMANDS.includes(x.command as CommandName);
}

export function isAnalysisRequest(x: unknown): x is AnalysisRequest {
  return isObject(x) && x.type === MSG.analysis && hasTabId(x);
}

export function isForceRequest(x: unknown): x is ForceRequest {
  return isObject(x) && x.type === MSG.force && hasTabId(x);
}

export function isRunRequest(x: unknown): x is RunRequest {
  return isObject(x) && x.type === MSG.run && typeof x.force === 'boolean';
}

export function isCheckSelection(x: unknown): x is CheckSelection {
  return isObject(x) && x.type === MSG.checkSelection && typeof x.text === 'string' && x.text.length <= MAX_SELECTION_CHARS;
}

export function isAnalyzeSelection(x: unknown): x is AnalyzeSelection {
  return (
    isObject(x) &&
    x.type === MSG.analyzeSelection &&
    typeof x.text === 'string' &&
    x.text.length <= MAX_SELECTION_CHARS &&
    typeof x.title === 'string' &&
    typeof x.url === 'string' &&
    (x.date === null || typeof x.date === 'string')
  );
}

export function isRevealClaim(x: unknown): x is RevealClaim {
  return (
    isObject(x) &&
    x.type === MSG.revealClaim &&
    typeof x.claimIndex === 'number' &&
    Number.isInteger(x.claimIndex) &&
    x.claimIndex >= 0 &&
    typeof x.claimText === 'string' &&
    (x.tabId === undefined || hasTabId(x))
  );
}

export function isCurrentRequest(x: unknown): x is CurrentRequest {
  return isObject(x) && x.type === MSG.current && (x.framesOnly === undefined || typeof x.framesOnly === 'boolean');
}

/** How many marks an analysis puts on the page (the toolbar badge). */
export function markCount(a: Analysis | null): number {
  if (!a) return 0;
  return a.actors.reduce((n, actor) => n + actor.mentions.length, 0) + a.claims.length;
}

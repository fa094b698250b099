/**
 * The toolbar popup: asks the background for the active tab's analysis and renders it.
 * Opened as a tab (tests, or a pinned window), it takes the page's tab from `?tabId=`.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { localisePage, setTranslator } from '@/components/i18n';
import { Popup, popupStyles } from '@/components/Popup';
import { SiteToggle, siteToggleStyles } from '@/components/SiteToggle';
import { MSG, type RevealClaim } from '@/lib/messages';
import { hostOf, marksEnabledOn } from '@/lib/settings';
import type { Analysis } from '@/lib/types';
import { readSettings, updateSettings } from '@/utils/settings-item';
import { adoptStyles } from '@/utils/adopt-styles';

async function pageTabId(): Promise<number | null> {
  const fromQuery = new URLSearchParams(location.search).get('tabId');
  if (fromQuery && /^\d+$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function App() {
  const [status, setStatus] = useState<'loading' | 'ready' | 'unavailable'>('loading');
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [tabId, setTabId] = useState<number | null>(null);
  const [site, setSite] = useState<{ host: string; on: boolean } | null>(null);

  async function load(id: number) {
    const result = (await browser.runtime.sendMessage({ type: MSG.analysis, tabId: id })) as Analysis | null;
    setAnalysis(result);
    setStatus('ready');
  }

  useEffect(() => {
    pageTabId()
      .then((id) => {
        if (id === null) return setStatus('unavailable');
        setTabId(id);
        void siteOf(id).then(setSite);
        return load(id);
      })
      .catch(() => setStatus('unavailable'));
  }, []);

  async function analyseAnyway() {
    if (tabId === null) return;
    setStatus('loading');
    const result = (await browser.runtime.sendMessage({ type: MSG.force, tabId }).catch(() => null)) as Analysis | null;
    if (result === null) return setStatus('unavailable');
    await load(tabId);
  }

  async function revealClaim(claimIndex: number) {
    const claimText = analysis?.claims[claimIndex]?.text;
    if (tabId === null || claimText === undefined) return;
    const message: RevealClaim = { type: MSG.revealClaim, tabId, claimIndex, claimText };
    await browser.runtime.sendMessage(message).catch(() => null);
    // The toolbar popup gives the page back to the reader; opened as a tab (?tabId=), it stays.
    if (!new URLSearchParams(location.search).has('tabId')) window.close();
  }

  async function setSiteMarks(on: boolean) {
    if (!site) return;
    await updateSettings((s) => ({ ...s, sites: { ...s.sites, [site.host]: on } }));
    setSite({ ...site, on });
    if (on && tabId !== null) await load(tabId);
  }

  return (
    <>
      {site && <SiteToggle host={site.host} on={site.on} onChange={setSiteMarks} onOpenSettings={() => void browser.runtime.openOptionsPage()} />}
      <Popup analysis={analysis} status={status} onAnalyseAnyway={analyseAnyway} onRevealClaim={(i) => void revealClaim(i)} />
    </>
  );
}

/** The page's host and whether marks are on there (the host permission lets us read the tab's address). */
async function siteOf(tabId: number): Promise<{ host: string; on: boolean } | null> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const host = tab?.url ? hostOf(tab.url) : '';
  if (!host || !/^https?:/.test(tab!.url!)) return null;
  return { host, on: marksEnabledOn(await readSettings(), host) };
}

setTranslator(i18n.t);
localisePage(document, 'extension.name');
adoptStyles(document, popupStyles + siteToggleStyles);
render(<App />, document.getElementById('app')!);

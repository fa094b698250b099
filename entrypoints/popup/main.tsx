/**
 * The toolbar popup: asks the background for the active tab's analysis and renders it.
 * Opened as a tab (tests, or a pinned window), it takes the page's tab from `?tabId=`.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup, popupStyles } from '@/components/Popup';
import { MSG } from '@/lib/messages';
import type { Analysis } from '@/lib/types';

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

  return <Popup analysis={analysis} status={status} onAnalyseAnyway={analyseAnyway} />;
}

const style = document.createElement('style');
style.textContent = popupStyles;
document.head.append(style);
render(<App />, document.getElementById('app')!);

/** The settings page: reads and writes the reader's settings in extension storage. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { localisePage, setTranslator } from '@/components/i18n';
import { Options, optionsStyles } from '@/components/Options';
import { knowledge } from '@/lib/knowledge';
import type { Settings } from '@/lib/settings';
import { readSettings, settingsItem, watchSettings } from '@/utils/settings-item';
import { adoptStyles } from '@/utils/adopt-styles';

const actorNames = Object.fromEntries(knowledge.actors.map((a) => [a.id, a.name]));

function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void readSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  if (!settings) return null;
  return <Options settings={settings} actorNames={actorNames} onChange={(next) => void settingsItem.setValue(next).then(() => setSettings(next))} />;
}

setTranslator(i18n.t);
localisePage(document, 'options.title');
adoptStyles(document, optionsStyles);
render(<App />, document.getElementById('app')!);

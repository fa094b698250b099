/**
 * The reader's settings in extension storage, synced where the browser syncs. Versioned, so a
 * later shape can migrate what readers have saved; whatever is read is normalised first.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, normaliseSettings, type Settings } from '@/lib/settings';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function readSettings(): Promise<Settings> {
  return normaliseSettings(await settingsItem.getValue());
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = change(await readSettings());
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(normaliseSettings(value)));
}
